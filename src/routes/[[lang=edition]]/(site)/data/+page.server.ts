import { loadPackage } from '$lib/server/data.ts';
import { packageWords } from '$lib/server/codebook.ts';
import { langOf } from '$lib/server/edition.ts';
import { absoluteUrl } from '$lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	const { descriptor, data } = loadPackage();
	const words = packageWords(descriptor, lang);
	return {
		version: descriptor.version,
		created: lang.f.date(new Date(descriptor.created), 'day'),
		address: absoluteUrl(lang.path('/')),
		description: words.description,
		rights: words.rights,
		license: words.licenses[0],
		resources: descriptor.resources.map((r, i) => {
			const own = words.resources[i];
			if (!own || own.name !== r.name) throw new Error(`The words of "${r.name}" are out of order`);
			return {
				name: r.name,
				path: r.path,
				title: own.title,
				description: own.description,
				fields: r.schema.fields.map((f, j) => ({
					name: f.name,
					type: own.fields[j]?.type ?? f.type,
					description: own.fields[j]?.description ?? '',
					required: f.constraints?.required ?? false,
					values: f.constraints?.enum ?? null
				})),
				rows: data[r.name as keyof typeof data] as unknown as Record<
					string,
					string | number | boolean | null
				>[]
			};
		})
	};
};
