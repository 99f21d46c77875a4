import { eventsByMonthTheme, type MonthThemeCount } from '../../data/aggregate.ts';
import { COLUMNS, type Dataset } from '../../data/types.ts';
import { monthDatedEvents } from '../../data/subsets.ts';
import { formatDateish, formatMonthName } from '../../format/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import EventsChart from './EventsChart.svelte';
import { layoutEvents, THEMES, type EventsLayout } from './geometry.ts';

const themeLabel = (theme: string) => THEMES.find((t) => t.theme === theme)?.label ?? theme;

/** "April: 1 cooperation, 2 justice; June: …". */
function monthsInWords(counts: MonthThemeCount[]): string {
	const months = [...new Set(counts.map((c) => c.month))];
	return months
		.map((month) => {
			const inMonth = counts.filter((c) => c.month === month);
			const themes = inMonth.map((c) => `${c.events} ${themeLabel(c.theme).toLowerCase()}`);
			return `${formatMonthName(month)}: ${themes.join(', ')}`;
		})
		.join('; ');
}

/** Every development dated to a month or day, in order, with its date and theme in words and the countries named for it. */
export function datedEvents({ events, participants, incidents }: Dataset) {
	const relative = new Set(incidents.filter((d) => d.date_approximate).map((d) => d.id));
	return monthDatedEvents(events)
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map((e) => ({
			...e,
			relative: relative.has(e.id),
			dateLabel: `${relative.has(e.id) ? 'about ' : ''}${formatDateish(e.date)}`,
			themeLabel: themeLabel(e.theme),
			countries: participants.filter((p) => p.event_id === e.id).map((p) => p.country)
		}));
}

/** The dated developments of 2012 in a month × theme grid. */
export const eventsChart: ChartDefinition<'events', EventsLayout> = {
	kind: 'events',
	component: EventsChart,
	build(data: Dataset) {
		const dated = datedEvents(data);
		const counts = THEMES.map((t) => ({
			...t,
			count: dated.filter((e) => e.theme === t.theme).length
		}));
		const busiest = [...counts].sort((a, b) => b.count - a.count)[0];
		return {
			id: 'events-by-theme',
			kind: 'events',
			page: '/timeline/',
			title: 'Dated developments of 2012, in order',
			takeaway: `The report dates ${dated.length} developments in 2012${busiest ? `; ${busiest.label.toLowerCase()} is the most frequent theme, with ${busiest.count}` : ''}.`,
			desc: `${counts.map((t) => `${t.label}: ${t.count}.`).join(' ')} By month: ${monthsInWords(eventsByMonthTheme(dated))}.`,
			sections: [...new Set(dated.map((e) => e.section))],
			notes: [
				'A filled dot is a development the report dates to the day; a hollow dot, one it dates only to the month, shown by its month alone; a dashed ring, one it dates only relative to another, shown at its month.',
				'Countries are named under a development only where the report names them.',
				...(data.events.length > dated.length
					? [
							`The report names ${data.events.length - dated.length} more developments that it dates only to the year or not at all; they are listed under the chart, not on it.`
						]
					: [])
			],
			key: [
				{ symbol: 'day' as const, words: 'the report gives the day' },
				{ symbol: 'month' as const, words: 'the report gives the month only' },
				...(dated.some((e) => e.relative)
					? [
							{
								symbol: 'relative' as const,
								words:
									'“about”: the report dates it only relative to another date, so it is shown at its month'
							}
						]
					: [])
			],
			layouts: layoutsFor((width) => layoutEvents(dated, width)),
			table: {
				columns: tableColumns({
					date: 'Date',
					theme: 'Theme',
					summary: 'What happened',
					countries: 'Countries named'
				}),
				rows: dated.map((e) => ({
					date: e.dateLabel,
					theme: e.themeLabel,
					summary: e.summary,
					countries: e.countries.join(', ') || '—'
				}))
			},
			csv: {
				columns: [...COLUMNS.events, 'countries'],
				rows: dated.map((e) => ({ ...e, countries: e.countries.join('; ') || null }))
			}
		};
	}
};
