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
