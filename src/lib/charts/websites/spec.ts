import { COLUMNS, type Dataset } from '../../data/types.ts';
import { capitalise, formatCount, formatPeriod } from '../../format/index.ts';
import { publishedOn } from '../../source.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import WebsitesChart from './WebsitesChart.svelte';
import {
	layoutWebsites,
	MEASURE,
	periodInWords,
	websitesCounted,
	type WebsitesLayout
} from './geometry.ts';

/** The two website figures, each a count in words and its period on a scale of its own. */
export const websitesChart: ChartDefinition<'websites', WebsitesLayout> = {
	kind: 'websites',
	component: WebsitesChart,
	build({ websites }: Dataset) {
		const sites = [...websites].sort((a, b) => a.period_start.localeCompare(b.period_start));
		return {
			id: 'websites',
			kind: 'websites',
			page: '/websites/',
			title: 'Websites reviewed and shut down: two counts, two periods',
			takeaway: `${capitalise(sites.map((w) => `${websitesCounted(w)}, ${periodInWords(w)}, by the ${w.agency}`).join('; '))}. Two agencies, two periods: the counts are not to be compared or added.`,
			desc: sites
				.map(
					(w) =>
						`${websitesCounted(w)}, according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}.`
				)
				.join(' '),
			sections: [...new Set(sites.map((w) => w.section))],
			notes: [
				'Each count is written in type of one size; the strip under it is the period that figure covers, on a time scale of its own, and not an amount. The counts come from different agencies over different periods, so the chart never sets them against each other.',
				...sites
					.filter((w) => w.period_start.length === 4)
					.map(
						(w) =>
							`The report gives only the year the count of websites ${MEASURE[w.measure]} starts from (${w.period_start}); that year is drawn hollow.`
					),
				...sites
					.filter((w) => w.period_end === null)
					.map(
						(w) =>
							`The report gives no end date for the count of websites ${MEASURE[w.measure]}: its dashed arrow runs off its scale and marks no end. The count can run no later than the report’s publication in ${publishedOn('month')}.`
					)
			],
			key: [
				...(sites.some((w) => w.period_start_precision === 'year')
					? [
							{
								symbol: 'year-only' as const,
								words: 'hollow: a start the report gives as a year only, so the whole year'
							}
						]
					: []),
				...(sites.some((w) => w.period_end === null)
					? [
							{
								symbol: 'open-end' as const,
								words: 'dashed arrow: the report gives no end date, and the arrow marks none'
							}
						]
					: [])
			],
			layouts: layoutsFor((width) => layoutWebsites(sites, width)),
			table: {
				columns: tableColumns(
					{ measure: 'Websites', websites: 'Number', agency: 'Source agency', period: 'Period' },
					['websites']
				),
				rows: sites.map((w) => ({
					measure: MEASURE[w.measure],
					websites: formatCount(w.websites),
					agency: w.agency,
					period: periodInWords(w)
				}))
			},
			csv: { columns: [...COLUMNS.websites], rows: sites }
		};
	}
};
