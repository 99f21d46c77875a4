import { figure, placesLocator } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { headlines } from '$lib/server/headlines.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	headlines: headlines(loadPackage().data),
	charts: ['deaths-per-incident', 'sentence-ranges', 'websites', 'events-by-theme'].map(figure),
	locator: placesLocator()
});
