import type { Lang } from '../../i18n/index.ts';

/** A row's own words in an edition, by the row's id: a missing translation fails the build, naming the id. */
export function rowWords(words: Record<string, string>, id: string, what: string): string {
	const text = words[id];
	if (text === undefined) throw new Error(`No ${what} for "${id}" in the catalogue`);
	return text;
}

/**
 * A data row's English text in English, which reads the data itself, and the catalogue's
 * translation, by the row's id, in every other edition.
 */
export function translated(
	{ locale }: Lang,
	english: string,
	words: Record<string, string>,
	id: string,
	what: string
): string {
	return locale === 'en' ? english : rowWords(words, id, what);
}

/** A sentence's full stop, unless its last word already ends in one ("сент. 2012 г."). */
export function endSentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}
