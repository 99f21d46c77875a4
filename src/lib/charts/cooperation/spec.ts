import type { Dataset } from '../../data/types.ts';
import {
	countOf,
	formatDate,
	formatDateish,
	listInWords,
	parseDateish
} from '../../format/index.ts';
import { BORDERS_CREDIT, SHORT_CREDITS } from '../geo.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import CooperationChart from './CooperationChart.svelte';
import { layoutCooperation, type CooperationDatum, type CooperationLayout } from './geometry.ts';

/** Every development the report names countries for, in date order, with those countries. */
export function multinational({ events, participants }: Dataset) {
	return events
		.map((e) => ({ event: e, countries: participants.filter((p) => p.event_id === e.id) }))
		.filter((d) => d.countries.length > 0)
		.sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999'));
}

const shortDate = (date: string | null) =>
	date === null
		? 'date not given'
		: date.length === 4
			? date
			: formatDate(parseDateish(date.slice(0, 7)), 'monthShort');

/** The countries of each multinational development, one small map each. */
export const cooperationChart: ChartDefinition<'cooperation', CooperationLayout> = {
	kind: 'cooperation',
	component: CooperationChart,
	build(data: Dataset) {
		const developments = multinational(data);
		const datums: CooperationDatum[] = developments.map(({ event, countries }) => ({
			id: event.id,
			label: event.label,
			dateLabel: shortDate(event.date),
			countries: countries.map((c) => ({ code: c.country_code, name: c.country })),
			title: `${event.label} (${event.date ? formatDateish(event.date) : 'no date given'}): ${listInWords(countries.map((c) => c.country))}. Source: “${event.section}”.`
		}));
		const all = new Set(developments.flatMap((d) => d.countries.map((c) => c.country)));
		return {
			id: 'cooperation-map',
			kind: 'cooperation',
			page: '/places/',
			title: 'Who took part: the countries of each multinational development',
			takeaway: `The report names the countries of ${countOf(developments.length, 'multinational development', 'multinational developments')}, ${countOf(all.size, 'country', 'countries')} in all; Kazakhstan and Russia take part in every one.`,
			desc: datums.map((d) => d.title).join(' '),
			sections: [...new Set(developments.map((d) => d.event.section))],
			notes: [
				'A country is filled and named where the report names it for the development; for the Customs Union treaty, the union’s members.',
				'Every map has the same frame, fitted to the countries named; Russia, larger than all of them together, runs past it.'
			],
			credit: BORDERS_CREDIT,
			shortCredit: SHORT_CREDITS.borders,
			key: [
				{ symbol: 'participant' as const, words: 'a country the report names for the development' }
			],
			layouts: layoutsFor((width) => layoutCooperation(datums, width)),
			table: {
				columns: tableColumns({
					development: 'Development',
					date: 'Date',
					country: 'Country named',
					code: 'ISO 3166-1 code',
					section: 'Source'
				}),
				rows: developments.flatMap(({ event, countries }) =>
					countries.map((c) => ({
						development: event.label,
						date: event.date ? formatDateish(event.date) : 'not given',
						country: c.country,
						code: c.country_code,
						section: event.section
					}))
				)
			},
			csv: {
				columns: ['event_id', 'label', 'date', 'country', 'country_code'],
				rows: developments.flatMap(({ event, countries }) =>
					countries.map((c) => ({ ...c, label: event.label, date: event.date }))
				)
			}
		};
	}
};
