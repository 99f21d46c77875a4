import { langOf } from '$lib/server/edition.ts';
import { datedEvents } from '$lib/charts/events/spec.ts';
import { glossed } from '$lib/glossary.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

/** Developments the timeline cannot place on a month: dated to the year only, or not dated. */
function unplaced(events: ReturnType<typeof loadPackage>['data']['events']) {
	return events
		.filter((e) => e.date_precision !== 'day' && e.date_precision !== 'month')
		.map((e) => ({
			id: e.id,
			summary: e.summary,
			section: e.section,
			when: e.date === null ? 'No date given' : `During ${e.date}, no month given`
		}));
}

export const load: PageServerLoad = ({ params }) => {
	const { data } = loadPackage();
	// Glossary names link at their first use, in the order the page shows its lists.
	const seen = new Set<string>();
	const undated = unplaced(data.events).map((e) => ({ ...e, segments: glossed(e.summary, seen) }));
	const events = datedEvents(data).map((e) => ({ ...e, segments: glossed(e.summary, seen) }));
	return { spec: figure('events-by-theme', langOf(params)), events, unplaced: undated };
};
