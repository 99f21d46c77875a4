import { chart } from '$lib/server/charts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	spec: chart('sentence-ranges'),
	convicted: chart('convicted-per-case')
});
