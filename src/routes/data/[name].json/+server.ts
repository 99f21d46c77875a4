import { error } from '@sveltejs/kit';
import { loadPackage } from '$lib/server/data.ts';
import { RESOURCE_NAMES, type ResourceName } from '$lib/data/types.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => RESOURCE_NAMES.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	if (!RESOURCE_NAMES.includes(params.name as ResourceName)) error(404, 'No such table');
	const rows = loadPackage().data[params.name as ResourceName];
	return new Response(JSON.stringify(rows, null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
