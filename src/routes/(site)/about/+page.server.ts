import { dataCaveats } from '$lib/server/caveats.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { descriptor, data } = loadPackage();
	return {
		version: descriptor.version,
		caveats: dataCaveats(data)
	};
};
