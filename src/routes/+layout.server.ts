import { ENHANCE_PATH } from '$lib/server/enhance.ts';
import type { LayoutServerLoad } from './$types';

/** Every page, embeds and the not-found page too, loads the one enhancement script. */
export const load: LayoutServerLoad = () => ({ enhanceScript: ENHANCE_PATH });
