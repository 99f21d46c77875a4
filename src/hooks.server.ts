import type { Handle } from '@sveltejs/kit';
import { localeOf } from '$lib/server/edition.ts';

/** Each edition's pages say their language: app.html writes `<html lang="%crt.lang%">`. */
export const handle: Handle = ({ event, resolve }) => {
	const locale = localeOf(event.params);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%crt.lang%', locale)
	});
};
