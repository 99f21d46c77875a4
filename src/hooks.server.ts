import type { Handle } from '@sveltejs/kit';
import { deferHydration } from '$lib/server/defer-hydration.ts';

/** Every page paints from its prerendered HTML first; JavaScript only arrives to add interaction. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html, done }) => (done ? deferHydration(html) : html) });
