import { monthDayYear, yearMonthDay, type Work } from './work.ts';

/** A run of citation text; titles are italic. */
export interface Span {
	text: string;
	italic?: boolean;
}

/** The citation as one line of plain text, italics dropped. */
export function plain(spans: readonly Span[]): string {
	return spans.map((s) => s.text).join('');
}

/** APA 7th edition reference-list entry. */
export function apa(work: Work): Span[] {
	if (work.kind === 'report') {
		return [
			{ text: `${work.author}. (${yearMonthDay(work.issued)}). ` },
			{ text: work.sentenceTitle, italic: true },
			{ text: `. ${work.url}` }
		];
	}
	return [
		{ text: `${work.author}. (${work.issued.slice(0, 4)}). ` },
		{ text: work.sentenceTitle, italic: true },
		{
			text: ` (Version ${work.version ?? 'unversioned'}) [Data set]. ${work.publisher === work.author ? '' : `${work.publisher}. `}${work.accessed === null ? '' : `Retrieved ${monthDayYear(work.accessed)}, from `}${work.url}`
		}
	];
}

/** Chicago Manual of Style (17th edition), bibliography entry. */
export function chicago(work: Work): Span[] {
	const accessed = work.accessed === null ? '' : ` Accessed ${monthDayYear(work.accessed)}.`;
	if (work.kind === 'report') {
		return [
			{ text: `${work.author}. ` },
			{ text: work.title, italic: true },
			{
				text: `. ${work.publisher === work.author ? '' : `${work.publisher}, `}${monthDayYear(work.issued)}.${accessed} ${work.url}.`
			}
		];
	}
	return [
		{ text: `${work.author}. ` },
		{ text: work.title, italic: true },
		{
			text: `. Version ${work.version ?? 'unversioned'}. Dataset. ${monthDayYear(work.issued)}.${accessed} ${work.url}.`
		}
	];
}

/** What the edition's own style writes around a work, in its language. */
export interface EditionWords {
	author: string;
	/** The title in the edition's language, given in square brackets after the published one. */
	translation: string;
	/** What the work is: "доклад", or a data set and its version. */
	kind: string;
	/** A YYYY-MM-DD date in words of the edition. */
	date: (isoDate: string) => string;
	published: (date: string) => string;
	accessed: (date: string) => string;
}

/** A sentence's end: a date that ends in an abbreviation ("2013 г.") takes no second full stop. */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * A reference in the manner of GOST bibliographic records, for the Russian and Kazakh editions:
 * the title as published (English), its translation in square brackets, and every other word in
 * the edition's language.
 */
export function editionStyle(work: Work, words: EditionWords): Span[] {
	const accessed = work.accessed === null ? '' : ` (${words.accessed(words.date(work.accessed))})`;
	const when =
		work.kind === 'report' ? words.published(words.date(work.issued)) : work.issued.slice(0, 4);
	return [
		{ text: `${words.author}. ` },
		{ text: work.title, italic: true },
		{
			text: ` [${words.translation}] : ${words.kind}. — ${stop(when)} — URL: ${work.url}${accessed}.`
		}
	];
}
