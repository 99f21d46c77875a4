import { eventsByMonthTheme, type MonthThemeCount } from '../../data/aggregate.ts';
import { COLUMNS, type Dataset, type Theme } from '../../data/types.ts';
import { monthDatedEvents } from '../../data/subsets.ts';
import type { Lang } from '../../i18n/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import EventsChart from './EventsChart.svelte';
import { countryName, eventWords, layoutEvents, themes, type EventsLayout } from './geometry.ts';

/** "April: 1 cooperation, 2 verdicts; June: …", in the edition's words. */
function monthsInWords(counts: MonthThemeCount[], lang: Lang): string {
	const { m, f } = lang;
	const months = [...new Set(counts.map((c) => c.month))];
	return months
		.map((month) => {
			const inMonth = counts.filter((c) => c.month === month);
			const parts = inMonth.map((c) =>
				m.events.inMonth({ theme: m.events.themes[c.theme as Theme], count: f.count(c.events) })
			);
			return `${f.monthName(month)}: ${parts.join(', ')}`;
		})
		.join('; ');
}

/**
 * Every development dated to a month or day, in order, with its date, theme, name and summary in
 * the edition's words and the countries named for it. Throws when the catalogue lacks an event.
 */
export function datedEvents({ events, participants, incidents }: Dataset, lang: Lang) {
	const { m, f } = lang;
	const relative = new Set(incidents.filter((d) => d.date_approximate).map((d) => d.id));
	return monthDatedEvents(events)
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map((e) => ({
			...e,
			...eventWords(e, lang),
			relative: relative.has(e.id),
			dateLabel: f.dateish(e.date, relative.has(e.id)),
			themeLabel: m.events.themes[e.theme],
			sectionName: m.ui.sections[e.section],
			countries: participants
				.filter((p) => p.event_id === e.id)
				.map((p) => countryName(p.country_code, lang))
		}));
}

/** The dated developments of 2012 in a month × theme grid. */
export const eventsChart: ChartDefinition<'events', EventsLayout> = {
	kind: 'events',
	component: EventsChart,
	build(data: Dataset, lang: Lang) {
		const { m, f } = lang;
		const dated = datedEvents(data, lang);
		const counts = themes(lang).map((t) => ({
			...t,
			count: dated.filter((e) => e.theme === t.theme).length
		}));
		const busiest = [...counts].sort((a, b) => b.count - a.count)[0];
		const undated = data.events.length - dated.length;
		return {
			id: 'events-by-theme',
			kind: 'events',
			page: '/timeline/',
			title: m.events.title,
			takeaway: m.events.takeaway({
				dated: f.countOf(dated.length, m.events.developments),
				busiest: busiest?.label ?? null,
				busiestCount: f.count(busiest?.count ?? 0)
			}),
			desc: `${counts.map((t) => m.events.themeCount({ theme: t.label, count: f.count(t.count) })).join(' ')} ${m.events.byMonth(monthsInWords(eventsByMonthTheme(dated), lang))}`,
			sections: [...new Set(dated.map((e) => e.section))],
			notes: [
				m.events.notes.dots,
				m.events.notes.countries,
				...(undated > 0
					? [
							m.events.notes.undated({
								count: f.countOf(undated, m.events.moreDevelopments),
								n: undated
							})
						]
					: [])
			],
			key: [
				{ symbol: 'day' as const, words: m.events.key.day },
				{ symbol: 'month' as const, words: m.events.key.month },
				...(dated.some((e) => e.relative)
					? [{ symbol: 'relative' as const, words: m.events.key.relative }]
					: [])
			],
			layouts: layoutsFor((width) => layoutEvents(dated, width, lang)),
			table: {
				columns: tableColumns(m.events.columns),
				rows: dated.map((e) => ({
					date: e.dateLabel,
					theme: e.themeLabel,
					summary: e.summary,
					countries: e.countries.join(', ') || '—'
				}))
			},
			// Codes stay codes; the label, summary and countries are the edition's words. The section keeps the English report's heading, which names where to look in it.
			csv: {
				columns: [...COLUMNS.events, 'countries'],
				rows: dated.map((e) => ({ ...e, countries: e.countries.join('; ') || null }))
			}
		};
	}
};
