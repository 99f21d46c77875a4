import { langOf } from '$lib/server/edition.ts';
import { eventWords } from '$lib/charts/events/geometry.ts';
import { datedEvents } from '$lib/charts/events/spec.ts';
import { glossed, type Segment } from '$lib/glossary.ts';
import type { Lang } from '$lib/i18n/index.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

/** Developments the timeline cannot place on a month: dated to the year only, or not dated. */
function unplaced(events: ReturnType<typeof loadPackage>['data']['events'], lang: Lang) {
	const { m } = lang;
	return events
		.filter((e) => e.date_precision !== 'day' && e.date_precision !== 'month')
		.map((e) => ({
			id: e.id,
			summary: eventWords(e, lang).summary,
			section: e.section,
			when: e.date === null ? m.events.when.none : m.events.when.year(e.date)
		}));
}

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	const { data } = loadPackage();
	// Glossary names link at their first use, in the order the page shows its lists. The glossary
	// finds its names in English text only, so the other editions show their summaries unlinked.
	const seen = new Set<string>();
	const segments = (text: string): Segment[] => glossed(text, seen, lang);
	const undated = unplaced(data.events, lang).map((e) => ({ ...e, segments: segments(e.summary) }));
	const events = datedEvents(data, lang).map((e) => ({ ...e, segments: segments(e.summary) }));
	return { spec: figure('events-by-theme', lang), events, unplaced: undated };
};
