import { langFor, type Lang } from '../i18n/index.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales.ts';

/** The edition of a route's `[[lang=edition]]` parameter: none is English. */
export function localeOf(params: { lang?: string }): Locale {
	if (params.lang === undefined) return DEFAULT_LOCALE;
	if (!isLocale(params.lang)) throw new Error(`No edition "${params.lang}"`);
	return params.lang;
}

/** The words and formats of a route's edition. */
export function langOf(params: { lang?: string }): Lang {
	return langFor(localeOf(params));
}

/** A route's prerender entries in every edition: English with no `lang` parameter. */
export function inEveryEdition<T extends object>(entries: T[]): (T & { lang?: string })[] {
	return LOCALES.flatMap((locale) =>
		entries.map((e) => (locale === DEFAULT_LOCALE ? e : { ...e, lang: locale }))
	);
}
