import { base } from '$app/paths';
import { alternatesOf } from '$lib/server/alternates.ts';
import { localeOf } from '$lib/server/edition.ts';
import { ENHANCE_PATH } from '$lib/server/enhance.ts';
import type { LayoutServerLoad } from './$types';

/**
 * Every page, embeds and the not-found page too, loads the one enhancement script, and knows its
 * edition and the same page in the other editions.
 */
export const load: LayoutServerLoad = ({ params, url }) => ({
	enhanceScript: ENHANCE_PATH,
	locale: localeOf(params),
	alternates: alternatesOf(url.pathname.slice(base.length) || '/')
});
