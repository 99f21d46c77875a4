import { langOf } from '$lib/server/edition.ts';
import { placeList } from '$lib/charts/places/spec.ts';
import { pageFigures } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	return {
		specs: pageFigures('/places/', lang),
		places: placeList(loadPackage().data, lang)
	};
};
