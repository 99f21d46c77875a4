import { formatDateIn } from '../format/index.ts';

/** What a citation says about a work, whatever the style: plain data, no formatting. */
export interface Work {
	/** Key for BibTeX and CSL-JSON, such as "crt-2012-kazakhstan-report". */
	id: string;
	kind: 'report' | 'dataset';
	/** An organisation, written as one name. */
	author: string;
	/** Title as published, in title case. */
	title: string;
	/** Title in sentence case, for APA. */
	sentenceTitle: string;
	publisher: string;
	/** YYYY-MM-DD */
	issued: string;
	url: string;
	/** Version of a dataset; null for the report. */
	version: string | null;
	/** YYYY-MM-DD the work was consulted; null when the style needs none. */
	accessed: string | null;
}

/** Year, month and day of a YYYY-MM-DD date, as numbers. */
export function dateParts(date: string): [number, number, number] {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
	if (!m) throw new Error(`Expected a date written YYYY-MM-DD, found "${date}"`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Citation styles write dates in American English whatever the page's locale. */
const CITATION_LOCALE = 'en-US';

const utc = (date: string) => {
	const [y, m, d] = dateParts(date);
	return new Date(Date.UTC(y, m - 1, d));
};

/** "May 30, 2013", the date as APA and Chicago write it. */
export function monthDayYear(date: string): string {
	return formatDateIn(utc(date), 'day', CITATION_LOCALE);
}

/** "2013, May 30", the date as APA writes it after the author. */
export function yearMonthDay(date: string): string {
	const [y, , d] = dateParts(date);
	return `${y}, ${formatDateIn(utc(date), 'monthName', CITATION_LOCALE)} ${d}`;
}
