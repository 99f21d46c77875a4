import { langOf } from '$lib/server/edition.ts';
import { figure, placesLocator } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { headlines } from '$lib/server/headlines.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	return {
		headlines: headlines(loadPackage().data, lang),
		// The short charts beside the long timeline, so that the two columns end level.
		columns: [
			['deaths-per-incident', 'websites'],
			['sentence-ranges', 'events-by-theme']
		].map((ids) => ids.map((id) => figure(id, lang))),
		locator: placesLocator(lang)
	};
};
