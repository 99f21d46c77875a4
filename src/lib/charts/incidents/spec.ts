import { COLUMNS, INCIDENT_KINDS, type Dataset, type Incident } from '../../data/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition, type KeyEntry } from '../spec.ts';
import IncidentsChart from './IncidentsChart.svelte';
import { deathsInWords } from './deaths.ts';
import { layoutIncidents, placeInWords, tollInWords, type IncidentsLayout } from './geometry.ts';
import { rowText } from '../../i18n/rows.ts';

/** What each kind of incident means, for the key: the bar's colour and the row's heading say it. */
function kindKey(kind: (typeof INCIDENT_KINDS)[number], { m }: Lang): KeyEntry {
	return {
		symbol: kind === 'explosion' ? 'kind-explosion' : 'kind-operation',
		words: m.incidents.key[kind]({ kind: m.incidents.kind[kind] })
	};
}

/** An incident's region in the edition's words; null when the row names none. */
export function regionInWords(d: Incident, lang: Lang): string | null {
	return d.region
		? rowText(lang, lang.m.incidents.regions, d.id, 'region of incident', d.region)
		: null;
}

/** An incident's summary in the edition's words. */
export function summaryInWords(d: Incident, lang: Lang): string {
	return rowText(lang, lang.m.incidents.summaries, d.id, 'summary of incident', d.summary);
}

/** The CSV rows in an edition: codes stay codes, words (place, region, summary) are translated. */
function csvRow(d: Incident, lang: Lang): Incident {
	if (lang.locale === 'en') return d;
	return {
		...d,
		place: d.place_id ? placeInWords(d, lang, 'notNamed') : d.place,
		region: regionInWords(d, lang),
		summary: summaryInWords(d, lang)
	};
}

/** People killed per incident, one row each in date order. */
export const incidentsChart: ChartDefinition<'incidents', IncidentsLayout> = {
	kind: 'incidents',
	component: IncidentsChart,
	build({ incidents }: Dataset, lang: Lang) {
		const { m, f } = lang;
		const words = m.incidents;
		const byDate = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
		const killed = (d: Incident) => f.bounded({ value: d.killed, isMinimum: d.killed_is_minimum });
		return {
			id: 'deaths-per-incident',
			kind: 'incidents',
			page: '/incidents/',
			title: words.title,
			takeaway: deathsInWords(byDate, lang),
			desc: byDate
				.map((d) =>
					words.desc({
						date: f.dateish(d.date, d.date_approximate),
						place: placeInWords(d, lang, 'notStated'),
						kind: words.kind[d.kind],
						toll: tollInWords(d, lang),
						who: words.who[d.killed_described]
					})
				)
				.join(' '),
			sections: ['2012 Terrorist Incidents'],
			notes: [
				...byDate
					.filter((d) => d.killed_is_minimum)
					.map((d) => words.notes.minimum({ date: f.dateish(d.date), value: f.count(d.killed) })),
				...byDate
					.filter((d) => d.date_approximate)
					.map((d) =>
						words.notes.approximate({ kind: words.kind[d.kind], date: f.dateish(d.date, true) })
					),
				words.notes.order
			],
			key: [
				...INCIDENT_KINDS.filter((k) => byDate.some((d) => d.kind === k)).map((k) =>
					kindKey(k, lang)
				),
				...(byDate.some((d) => d.killed_is_minimum)
					? [{ symbol: 'lower-bound' as const, words: words.key.lowerBound }]
					: []),
				...(byDate.some((d) => d.date_approximate)
					? [{ symbol: 'approximate' as const, words: words.key.approximate }]
					: [])
			],
			layouts: layoutsFor((width) => layoutIncidents(byDate, lang, width)),
			table: {
				columns: tableColumns(words.table, ['killed']),
				rows: byDate.map((d) => ({
					killed: killed(d),
					date: f.dateish(d.date, d.date_approximate),
					kind: words.kind[d.kind],
					place: [placeInWords(d, lang, 'short'), regionInWords(d, lang)]
						.filter(Boolean)
						.join(', '),
					who: words.whoShort[d.killed_described]
				}))
			},
			csv: { columns: [...COLUMNS.incidents], rows: byDate.map((d) => csvRow(d, lang)) }
		};
	}
};
