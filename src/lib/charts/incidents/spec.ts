import { COLUMNS, INCIDENT_KINDS, type Dataset } from '../../data/types.ts';
import { formatBounded, formatDateish } from '../../format/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition, type KeyEntry } from '../spec.ts';
import IncidentsChart from './IncidentsChart.svelte';
import { deathsInWords, KIND_LABEL } from './deaths.ts';
import { KIND_WORD, layoutIncidents, WHO, type IncidentsLayout } from './geometry.ts';

/** What each kind of incident means, for the key: the bar's colour and the row's heading say it. */
const KIND_KEY: Record<(typeof INCIDENT_KINDS)[number], KeyEntry> = {
	'security operation': {
		symbol: 'kind-operation',
		words: `“${KIND_WORD['security operation']}”: people ${KIND_LABEL['security operation']}`
	},
	explosion: {
		symbol: 'kind-explosion',
		words: `“${KIND_WORD.explosion}”: people who died in a blast the report puts down to suspected extremists handling explosives`
	}
};

/** People killed per incident, one row each in date order. */
export const incidentsChart: ChartDefinition<'incidents', IncidentsLayout> = {
	kind: 'incidents',
	component: IncidentsChart,
	build({ incidents }: Dataset) {
		const byDate = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
		const killed = (d: (typeof byDate)[number]) =>
			formatBounded({ value: d.killed, isMinimum: d.killed_is_minimum });
		return {
			id: 'deaths-per-incident',
			kind: 'incidents',
			page: '/incidents/',
			title: 'Deaths in each incident of 2012, by how they died',
			takeaway: deathsInWords(byDate),
			desc: byDate
				.map(
					(d) =>
						`${formatDateish(d.date, d.date_approximate)}, ${d.place ?? 'place not stated'}, ${d.kind}: ${killed(d)} ${d.kind === 'explosion' ? 'died' : 'killed'}; ${WHO[d.killed_described]}.`
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
							`The date of the ${d.kind} shown as ${formatDateish(d.date, true)} is an estimate: the report dates it only relative to another event. Its bar is hollow and dashed.`
					),
				'Rows are in date order; the days between two incidents are written between their rows.'
			],
			key: [
				...INCIDENT_KINDS.filter((k) => byDate.some((d) => d.kind === k)).map((k) => KIND_KEY[k]),
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
								words:
									'“about”: a day the report gives only relative to another date, so the day shown is our estimate'
							}
						]
					: [])
			],
			layouts: layoutsFor((width) => layoutIncidents(byDate, width)),
			table: {
				columns: tableColumns(
					{
						killed: 'Killed',
						date: 'Date',
						kind: 'What happened',
						place: 'Place',
						who: 'Who died'
					},
					['killed']
				),
				rows: byDate.map((d) => ({
					killed: killed(d),
					date: formatDateish(d.date, d.date_approximate),
					kind: d.kind,
					place: [d.place ?? 'not stated', d.region].filter(Boolean).join(', '),
					who: d.killed_described
				}))
			},
			csv: { columns: [...COLUMNS.incidents], rows: byDate }
		};
	}
};
