import { pageShare, sitePage } from '$lib/server/share.ts';
import type { LayoutServerLoad } from './$types';

/** Each page's title, description, canonical address and share card, from one list of pages. */
export const load: LayoutServerLoad = ({ route }) => {
	const page = sitePage(`${(route.id ?? '').replace('/(site)', '')}/`);
	return { share: page ? pageShare(page) : null };
};
