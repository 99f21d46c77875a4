import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales.ts';

/** The path segment of a translated edition: "ru" or "kk". English has none. */
export const match: ParamMatcher = (param) => isLocale(param) && param !== DEFAULT_LOCALE;
