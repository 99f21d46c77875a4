import { loadPackage } from '$lib/server/data.ts';
import { langOf } from '$lib/server/edition.ts';
import { pageShare, sitePage } from '$lib/server/share.ts';
import type { LayoutServerLoad } from './$types';

/** Each page's title, description, canonical address and share card, from one list of pages. */
export const load: LayoutServerLoad = ({ route, params }) => {
	const lang = langOf(params);
	const path = `${(route.id ?? '').replace('/[[lang=edition]]/(site)', '')}/`;
	const page = sitePage(path);
	const { descriptor } = loadPackage();
	return {
		share: page ? pageShare(page, lang) : null,
		// For the printed page: which data it shows.
		dataVersion: {
			number: descriptor.version,
			made: lang.f.date(new Date(descriptor.created), 'day')
		}
	};
};
