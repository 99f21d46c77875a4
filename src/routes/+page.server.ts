import { charts } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { headlines } from '$lib/server/headlines.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	headlines: headlines(loadPackage().data),
	charts: charts().filter((c) =>
		['deaths-per-incident', 'sentence-ranges', 'websites', 'events-by-theme'].includes(c.id)
	)
});
