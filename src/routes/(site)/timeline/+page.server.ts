import { datedEvents } from '$lib/charts/events/spec.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	spec: figure('events-by-theme'),
	events: datedEvents(loadPackage().data)
});
