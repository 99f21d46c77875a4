import { datedEvents } from '$lib/charts/events/spec.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	meta: {
		title: 'Timeline of 2012',
		description:
			'Every dated development of 2012 in the report, by theme, with the countries of each multinational event.'
	},
	spec: figure('events-by-theme'),
	events: datedEvents(loadPackage().data)
});
