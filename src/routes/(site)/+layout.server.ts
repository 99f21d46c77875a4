import { formatDate } from '$lib/format/index.ts';
import { loadPackage } from '$lib/server/data.ts';
import { pageShare, sitePage } from '$lib/server/share.ts';
import type { LayoutServerLoad } from './$types';

/** Each page's title, description, canonical address and share card, from one list of pages. */
export const load: LayoutServerLoad = ({ route }) => {
	const page = sitePage(`${(route.id ?? '').replace('/(site)', '')}/`);
	const { descriptor } = loadPackage();
	return {
		share: page ? pageShare(page) : null,
		// For the printed page: which data it shows.
		dataVersion: {
			number: descriptor.version,
			made: formatDate(new Date(descriptor.created), 'day')
		}
	};
};
