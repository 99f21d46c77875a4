import { error } from '@sveltejs/kit';
import { ENHANCE_FILE } from '$lib/server/enhance.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => (ENHANCE_FILE ? [{ file: ENHANCE_FILE.name }] : []);

/** The enhancement layer, built by Vite; its name changes with its content, so hosts may cache it for good. */
export const GET: RequestHandler = ({ params }) => {
	if (!ENHANCE_FILE || params.file !== ENHANCE_FILE.name) error(404, 'No such script');
	return new Response(ENHANCE_FILE.code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
