import { error } from '@sveltejs/kit';
import { CITE_FILES, CITE_FORMATS, works } from '$lib/server/cite.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CITE_FILES.map(({ file }) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const found = CITE_FILES.find((f) => f.file === params.file);
	if (found === undefined) error(404, 'No such citation file');
	const { type, write } = CITE_FORMATS[found.format];
	return new Response(write(works()[found.work]), {
		headers: { 'content-type': type }
	});
};
