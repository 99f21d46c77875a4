import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferHydration } from '$lib/server/defer-hydration.ts';

/**
 * Every prerendered page paints from its HTML first; JavaScript only arrives to add interaction.
 * The dev server has no CSP to rewrite, so pages pass through unchanged there.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => (building && done ? deferHydration(html) : html)
	});
