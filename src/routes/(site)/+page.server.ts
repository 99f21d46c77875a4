import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { headlines } from '$lib/server/headlines.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	meta: {
		title: 'Kazakhstan 2012 in figures: Country Reports on Terrorism',
		standalone: true,
		description:
			"The figures of the U.S. State Department's Country Reports on Terrorism 2012 chapter on Kazakhstan: deaths, convictions, sentences, websites and events, with sources and downloadable data."
	},
	headlines: headlines(loadPackage().data),
	charts: ['deaths-per-incident', 'sentence-ranges', 'websites', 'events-by-theme'].map(figure)
});
