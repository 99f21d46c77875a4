import { ENDONYM, LOCALES, localePath, splitLocale, type Locale } from '../i18n/locales.ts';
import { absoluteUrl } from './site.ts';

/** One edition of a page: its language, its name in that language, and its address. */
export interface Alternate {
	locale: Locale;
	name: string;
	/** Site path, before the base path. */
	path: string;
	/** Absolute address, for hreflang. */
	url: string;
}

/**
 * The page at a site path (without the base path) in every edition, for the hreflang links and
 * the language switcher: every edition has every page, at the same path below its prefix.
 */
export function alternatesOf(sitePath: string): Alternate[] {
	const { path } = splitLocale(sitePath);
	return LOCALES.map((locale) => {
		const at = localePath(locale, path);
		return { locale, name: ENDONYM[locale], path: at, url: absoluteUrl(at) };
	});
}
