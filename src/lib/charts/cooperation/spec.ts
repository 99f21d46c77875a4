import type { Dataset } from '../../data/types.ts';
import { parseDateish } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { wordOf } from '../../i18n/rows.ts';
import { sectionName } from '../places/spec.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import CooperationChart from './CooperationChart.svelte';
import {
	framedCountries,
	layoutCooperation,
	type CooperationDatum,
	type CooperationLayout
} from './geometry.ts';

/** Every development the report names countries for, in date order, with those countries. */
export function multinational({ events, participants }: Dataset) {
	return events
		.map((e) => ({ event: e, countries: participants.filter((p) => p.event_id === e.id) }))
		.filter((d) => d.countries.length > 0)
		.sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999'));
}

/** A country's name in the edition's language, by its ISO 3166-1 numeric code. */
export const countryName = (lang: Lang, code: string) =>
	wordOf(lang.m.names.countries, code, 'country name', lang);

/** The countries of each multinational development, one small map each. */
export const cooperationChart: ChartDefinition<'cooperation', CooperationLayout> = {
	kind: 'cooperation',
	component: CooperationChart,
	build(data: Dataset, lang: Lang) {
		const { f } = lang;
		const w = lang.m.cooperation;
		const developments = multinational(data);
		const label = (id: string) => wordOf(lang.m.events.labels, id, 'development name', lang);
		const shortDate = (date: string | null) =>
			date === null
				? w.noDate
				: date.length === 4
					? date
					: f.date(parseDateish(date.slice(0, 7)), 'monthShort');
		const datums: CooperationDatum[] = developments.map(({ event, countries }) => ({
			id: event.id,
			label: label(event.id),
			dateLabel: shortDate(event.date),
			countries: countries.map((c) => ({
				code: c.country_code,
				name: countryName(lang, c.country_code)
			})),
			title: w.panelTitle(
				label(event.id),
				event.date ? f.dateish(event.date) : w.noDate,
				f.list(countries.map((c) => countryName(lang, c.country_code))),
				lang.m.places.source(sectionName(lang, event.section))
			)
		}));
		const codes = developments.flatMap((d) => d.countries.map((c) => c.country_code));
		const all = new Set(codes);
		// The countries in every development, and those too large for the shared frame.
		const common = [...all].filter((code) =>
			developments.every((d) => d.countries.some((c) => c.country_code === code))
		);
		const framed = new Set(framedCountries(codes).map((c) => c.id));
		const beyond = [...all].filter((code) => !framed.has(code));
		return {
			id: 'cooperation-map',
			kind: 'cooperation',
			page: '/places/',
			title: w.title,
			takeaway: w.takeaway({
				developments: f.countOf(developments.length, w.developmentsOf),
				countries: f.countOf(all.size, w.countries),
				common: f.list(common.map((code) => countryName(lang, code))),
				n: common.length
			}),
			desc: datums.map((d) => d.title).join(' '),
			sections: [...new Set(developments.map((d) => d.event.section))],
			notes: [
				w.noteFilled,
				...(beyond.length
					? [w.noteFrame(f.list(beyond.map((code) => countryName(lang, code))))]
					: [])
			],
			credit: lang.m.places.credits.borders,
			shortCredit: lang.m.places.credits.shortBorders,
			key: [{ symbol: 'participant' as const, words: w.key }],
			layouts: layoutsFor((width) => layoutCooperation(datums, width)),
			table: {
				columns: tableColumns(w.columns),
				rows: developments.flatMap(({ event, countries }) =>
					countries.map((c) => ({
						development: label(event.id),
						date: event.date ? f.dateish(event.date) : w.noDateTable,
						country: countryName(lang, c.country_code),
						code: c.country_code,
						section: sectionName(lang, event.section)
					}))
				)
			},
			csv: {
				columns: ['event_id', 'label', 'date', 'country', 'country_code'],
				rows: developments.flatMap(({ event, countries }) =>
					countries.map((c) => ({
						...c,
						country: countryName(lang, c.country_code),
						label: label(event.id),
						date: event.date
					}))
				)
			}
		};
	}
};
