/**
 * Words for the data's rows, by row id: the one lookup every spec uses, so that a missing
 * translation stops the build, naming the edition, what is missing and the id, and nothing falls
 * back to English.
 */
import type { Lang } from './index.ts';
import { DEFAULT_LOCALE } from './locales.ts';

/** A word of a catalogue table by id. */
export function wordOf(
	table: Readonly<Record<string, string>>,
	id: string,
	what: string,
	lang: Pick<Lang, 'locale'>
): string {
	const word = table[id];
	if (word === undefined)
		throw new Error(`The ${lang.locale} catalogue has no ${what} for "${id}"`);
	return word;
}

/**
 * A row's text in an edition: English reads the row's own words (the data are English), the
 * other editions the catalogue's translation by the row's id.
 */
export function rowText(
	lang: Pick<Lang, 'locale'>,
	table: Readonly<Record<string, string>>,
	id: string,
	what: string,
	english: string | null | undefined
): string {
	if (lang.locale === DEFAULT_LOCALE && typeof english === 'string') return english;
	return wordOf(table, id, what, lang);
}
