import { COLUMNS, type Dataset, type WebsiteFigure } from '../../data/types.ts';
import { capitalise } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import WebsitesChart from './WebsitesChart.svelte';
import {
	agencyOf,
	layoutWebsites,
	periodInWords,
	PUBLISHED,
	summaryOf,
	websitesCounted,
	type WebsitesLayout
} from './geometry.ts';

/** The CSV rows in an edition: codes stay codes, the agency and summary are translated. */
function csvRow(w: WebsiteFigure, lang: Lang): WebsiteFigure {
	if (lang.locale === 'en') return w;
	return { ...w, agency: agencyOf(w, lang).name, summary: summaryOf(w, lang) };
}

/** The two website figures, each a count in words and its period on a scale of its own. */
export const websitesChart: ChartDefinition<'websites', WebsitesLayout> = {
	kind: 'websites',
	component: WebsitesChart,
	build({ websites }: Dataset, lang: Lang) {
		const { m, f } = lang;
		const words = m.websites;
		const sites = [...websites].sort((a, b) => a.period_start.localeCompare(b.period_start));
		const items = sites.map((w) =>
			words.takeawayItem({
				counted: websitesCounted(w, lang),
				period: periodInWords(w, lang),
				by: agencyOf(w, lang).by
			})
		);
		return {
			id: 'websites',
			kind: 'websites',
			page: '/websites/',
			title: words.title,
			takeaway: `${capitalise(items.join('; '))}. ${words.apart}`,
			desc: sites
				.map((w) =>
					capitalise(
						words.desc({
							counted: websitesCounted(w, lang),
							according: agencyOf(w, lang).according,
							period: periodInWords(w, lang)
						})
					)
				)
				.join(' '),
			sections: [...new Set(sites.map((w) => w.section))],
			notes: [
				words.notes.strips,
				...sites
					.filter((w) => w.period_start.length === 4)
					.map((w) =>
						words.notes.yearOnly({
							what: words.countOf[w.measure],
							year: f.date(new Date(Date.UTC(Number(w.period_start), 0, 1)), 'year')
						})
					),
				...sites
					.filter((w) => w.period_end === null)
					.map((w) =>
						words.notes.openEnd({
							what: words.countOf[w.measure],
							published: f.date(PUBLISHED, 'month')
						})
					)
			],
			key: [
				...(sites.some((w) => w.period_start_precision === 'year')
					? [{ symbol: 'year-only' as const, words: words.key.yearOnly }]
					: []),
				...(sites.some((w) => w.period_end === null)
					? [{ symbol: 'open-end' as const, words: words.key.openEnd }]
					: [])
			],
			layouts: layoutsFor((width) => layoutWebsites(sites, lang, width)),
			table: {
				columns: tableColumns(words.table, ['websites']),
				rows: sites.map((w) => ({
					measure: words.measure[w.measure],
					websites: f.count(w.websites),
					agency: agencyOf(w, lang).name,
					period: periodInWords(w, lang)
				}))
			},
			csv: { columns: [...COLUMNS.websites], rows: sites.map((w) => csvRow(w, lang)) }
		};
	}
};
