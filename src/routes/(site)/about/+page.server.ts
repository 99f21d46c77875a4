import { dataCaveats } from '$lib/server/caveats.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { descriptor, data } = loadPackage();
	return {
		meta: {
			title: 'About, sources and caveats',
			description:
				'How to cite the report and the dashboard, how the figures were coded, and every caveat in one place.'
		},
		version: descriptor.version,
		caveats: dataCaveats(data)
	};
};
