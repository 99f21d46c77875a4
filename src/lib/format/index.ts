import { format as d3format, utcFormat, utcParse } from 'd3';
import type { BoundedCount, SentenceRange } from '../data/aggregate.ts';
import type { SentenceSpan } from '../data/sentence.ts';
import { isCalendarDate, isYearMonth } from '../data/dates.ts';

/** Whole numbers with thousands separators: 1,800. */
export const formatCount = d3format(',');

/** A count with its lower-bound mark in words: "at least 20". */
export function formatBounded({ value, isMinimum }: BoundedCount): string {
	return isMinimum ? `at least ${formatCount(value)}` : formatCount(value);
}

const parseDay = utcParse('%Y-%m-%d');
const parseMonth = utcParse('%Y-%m');
const dayLong = utcFormat('%-d %B %Y');
const dayShort = utcFormat('%-d %b');
const monthLong = utcFormat('%B %Y');
const monthShort = utcFormat('%b %Y');

/** Parses YYYY-MM-DD or YYYY-MM to a UTC date; throws on anything else. */
export function parseDateish(text: string): Date {
	const valid = text.length === 7 ? isYearMonth(text) : isCalendarDate(text);
	const date = valid ? (text.length === 7 ? parseMonth(text) : parseDay(text)) : null;
	if (date === null)
		throw new Error(`Not a date written YYYY-MM or YYYY-MM-DD: ${JSON.stringify(text)}`);
	return date;
}

/** "11 July 2012", or "July 2012" for a month-only date; "about …" when approximate. */
export function formatDateish(text: string, approximate = false): string {
	const date = parseDateish(text);
	const label = text.length === 7 ? monthLong(date) : dayLong(date);
	return approximate ? `about ${label}` : label;
}

/** "11 Jul", or "about 5 Sep" when approximate. */
export function formatDayShort(text: string, approximate = false): string {
	const label = dayShort(parseDateish(text));
	return approximate ? `about ${label}` : label;
}

/** "2010" for a year-only date, "Jan 2012" for a month. */
function periodPoint(text: string): string {
	return text.length === 4 ? text : monthShort(parseDateish(text));
}

/**
 * A period as precise as the report: "Jan 2012 – Sep 2012", "Sep 2012" for one month,
 * "since 2010 (no end date given)" when the report names no end.
 */
export function formatPeriod(start: string, end: string | null): string {
	const a = periodPoint(start);
	if (end === null) return `since ${a} (no end date given)`;
	const b = periodPoint(end);
	return a === b ? a : `${a} – ${b}`;
}

/** "1 year", "5 years". */
export function years(n: number): string {
	return `${formatCount(n)} ${n === 1 ? 'year' : 'years'}`;
}

/** A sentence span in words; life stays "life" and an unstated sentence is "not stated". */
export function formatSentence(span: SentenceSpan): string {
	switch (span.kind) {
		case 'not-stated':
			return 'not stated';
		case 'to-life':
			return `${years(span.min)} to life`;
		case 'range':
			return span.min === span.max ? years(span.min) : `${span.min} to ${span.max} years`;
	}
}

/** The span of sentences over several cases: "5 years to life", "5 to 15 years", "7 years". */
export function formatSentenceRange(range: SentenceRange): string {
	if (range.min === null) return 'not stated';
	if (range.life) return `${years(range.min)} to life`;
	if (range.maxYears === null || range.maxYears === range.min) return years(range.min);
	return `${range.min} to ${range.maxYears} years`;
}
