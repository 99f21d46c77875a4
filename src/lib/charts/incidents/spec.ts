import { deathsTotal } from '../../data/aggregate.ts';
import { COLUMNS, type Dataset } from '../../data/types.ts';
import { capitalise, formatBounded, formatDateish, formatMonthName } from '../../format/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import IncidentsChart from './IncidentsChart.svelte';
import { layoutIncidents, type IncidentsLayout } from './geometry.ts';

/** People killed per incident, on a date axis. */
export const incidentsChart: ChartDefinition<'incidents', IncidentsLayout> = {
	kind: 'incidents',
	component: IncidentsChart,
	build({ incidents }: Dataset) {
		const byDate = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
		const deaths = deathsTotal(incidents);
		const first = byDate[0];
		const last = byDate[byDate.length - 1];
		const killed = (d: (typeof byDate)[number]) =>
			formatBounded({ value: d.killed, isMinimum: d.killed_is_minimum });
		return {
			id: 'deaths-per-incident',
			kind: 'incidents',
			page: '/incidents/',
			title: 'People killed in each incident, 2012',
			takeaway:
				first && last
					? `${capitalise(formatBounded(deaths))} people were killed in the ${byDate.length} incidents the report describes, all between ${formatMonthName(first.date)} and ${formatMonthName(last.date)} 2012.`
					: 'The report describes no incidents.',
			desc: byDate
				.map(
					(d) =>
						`${formatDateish(d.date, d.date_approximate)}, ${d.place ?? 'place not stated'}: ${killed(d)} killed (${d.kind}).`
				)
				.join(' '),
			sections: ['2012 Terrorist Incidents'],
			notes: [
				...byDate
					.filter((d) => d.killed_is_minimum)
					.map(
						(d) =>
							`The toll of ${formatDateish(d.date)} is a minimum: the report says “at least” ${d.killed}. The dashed arrow marks it, and every total that includes it is a minimum too.`
					),
				...byDate
					.filter((d) => d.date_approximate)
					.map(
						(d) =>
							`The date of the ${d.kind} shown on ${formatDateish(d.date)} is an estimate: the report dates it only relative to another event. Its bar is hollow and bracketed.`
					),
				'The date axis covers only the months in which the report describes incidents; it describes none in the other months of 2012.'
			],
			key: [
				...(byDate.some((d) => d.killed_is_minimum)
					? [
							{
								symbol: 'lower-bound' as const,
								words: 'a toll the report gives as “at least” this many'
							}
						]
					: []),
				...(byDate.some((d) => d.date_approximate)
					? [
							{
								symbol: 'approximate' as const,
								words: 'an estimated date, bracketed by the days it may fall on'
							}
						]
					: [])
			],
			layouts: layoutsFor((width) => layoutIncidents(byDate, width)),
			table: {
				columns: tableColumns(
					{ date: 'Date', place: 'Place', kind: 'What happened', killed: 'Killed' },
					['killed']
				),
				rows: byDate.map((d) => ({
					date: formatDateish(d.date, d.date_approximate),
					place: [d.place ?? 'not stated', d.region].filter(Boolean).join(', '),
					kind: d.kind,
					killed: killed(d)
				}))
			},
			csv: { columns: [...COLUMNS.incidents], rows: byDate }
		};
	}
};
