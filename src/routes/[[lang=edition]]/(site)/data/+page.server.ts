import { loadPackage } from '$lib/server/data.ts';
import { absoluteUrl } from '$lib/server/site.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { descriptor, data } = loadPackage();
	return {
		title: descriptor.title,
		version: descriptor.version,
		created: descriptor.created.slice(0, 10),
		address: absoluteUrl('/'),
		description: descriptor.description,
		rights: descriptor.rights,
		license: descriptor.licenses[0],
		resources: descriptor.resources.map((r) => ({
			name: r.name,
			path: r.path,
			title: r.title,
			description: r.description,
			fields: r.schema.fields.map((f) => ({
				name: f.name,
				type: f.type,
				description: f.description,
				required: f.constraints?.required ?? false,
				values: f.constraints?.enum ?? null
			})),
			rows: data[r.name as keyof typeof data] as unknown as Record<
				string,
				string | number | boolean | null
			>[]
		}))
	};
};
