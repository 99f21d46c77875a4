import { apa, chicago } from '$lib/cite/text.ts';
import { dataCaveats } from '$lib/server/caveats.ts';
import { CITE_FILES, works } from '$lib/server/cite.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { descriptor, data } = loadPackage();
	const { report, dataset } = works();
	const files = (work: 'report' | 'dataset') =>
		CITE_FILES.filter((f) => f.work === work).map(({ file, format }) => ({ file, format }));
	return {
		version: descriptor.version,
		caveats: dataCaveats(data),
		citations: [
			{ name: 'The report', apa: apa(report), chicago: chicago(report), files: files('report') },
			{
				name: 'The tables',
				apa: apa(dataset),
				chicago: chicago(dataset),
				files: files('dataset')
			}
		],
		accessed: dataset.accessed
	};
};
