import { COLUMNS, type Dataset } from '../../data/types.ts';
import { capitalise, formatCount, formatPeriod, listInWords } from '../../format/index.ts';
import { publishedOn } from '../../source.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import WebsitesChart from './WebsitesChart.svelte';
import { layoutWebsites, MEASURE, websitesCounted, type WebsitesLayout } from './geometry.ts';

/** The two website figures, each drawn as the period it covers. */
export const websitesChart: ChartDefinition<'websites', WebsitesLayout> = {
	kind: 'websites',
	component: WebsitesChart,
	build({ websites }: Dataset) {
		const sites = [...websites].sort((a, b) => a.period_start.localeCompare(b.period_start));
		return {
			id: 'websites',
			kind: 'websites',
			page: '/websites/',
			title: 'Websites reviewed and shut down: what each figure covers',
			takeaway: `${capitalise(listInWords(sites.map(websitesCounted)))}: two agencies, two different periods, so neither figure is a share of the other.`,
			desc: sites
				.map(
					(w) =>
						`${websitesCounted(w)}, according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}.`
				)
				.join(' '),
			sections: [...new Set(sites.map((w) => w.section))],
			notes: [
				'Each bar is the period a figure covers, not its size: the counts come from different agencies over different periods, so the chart does not set them against each other.',
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
							`The report gives no end date for the count of websites ${MEASURE[w.measure]}; its arrow runs to the report’s publication in ${publishedOn('month')}, the latest it can end.`
					)
			],
			key: [
				...(sites.some((w) => w.period_start_precision === 'year')
					? [
							{
								symbol: 'year-only' as const,
								words: 'a start the report gives as a year only: the whole year'
							}
						]
					: []),
				...(sites.some((w) => w.period_end === null)
					? [
							{
								symbol: 'open-end' as const,
								words: 'no end date given: the arrow runs to the report’s publication'
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
					period: formatPeriod(w.period_start, w.period_end)
				}))
			},
			csv: { columns: [...COLUMNS.websites], rows: sites }
		};
	}
};
