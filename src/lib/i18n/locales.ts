/**
 * The dashboard's editions: English at the site's own paths, Russian under /ru/ and Kazakh
 * (Cyrillic) under /kk/. Every word of an edition comes from its catalogue (catalogue.ts).
 */
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** The edition at the site's own paths, and the one `x-default` points to. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale Intl formats with: British English (day before month), Russian and Kazakh as used in Kazakhstan. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru-KZ', kk: 'kk-KZ' };

/** `og:locale`, in the underscore form Open Graph asks for. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', ru: 'ru_KZ', kk: 'kk_KZ' };

/** Each edition's name in its own language, for the language switcher. */
export const ENDONYM: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** The path prefix of an edition: "" for English, "/ru" and "/kk" for the others. */
export function prefixOf(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** A site path in an edition: localePath('ru', '/incidents/') is "/ru/incidents/". */
export function localePath(locale: Locale, path: string): string {
	if (!path.startsWith('/'))
		throw new Error(`A site path starts with "/": ${JSON.stringify(path)}`);
	return `${prefixOf(locale)}${path}`;
}

/** The edition a site path (without the base path) belongs to, and the path in English. */
export function splitLocale(path: string): { locale: Locale; path: string } {
	const [, first] = path.split('/');
	if (first !== DEFAULT_LOCALE && isLocale(first))
		return { locale: first, path: path.slice(first.length + 1) || '/' };
	return { locale: DEFAULT_LOCALE, path };
}
