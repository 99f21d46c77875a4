/**
 * The one home of formatting: numbers, dates, months, lists and plurals, through Intl. Every
 * function takes the locale last; formats are created once per locale and reused. Safe for the
 * browser (no D3).
 */
import type { BoundedCount, SentenceRange } from '../data/aggregate.ts';
import type { SentenceSpan } from '../data/sentence.ts';
import { isCalendarDate, isYearMonth } from '../data/dates.ts';

/** British English: day before month, "a, b and c". */
export const LOCALE = 'en-GB';

const cache = new Map<string, unknown>();

/** One Intl object per locale and options, made on first use. */
function once<T>(key: string, make: () => T): T {
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key) as T;
}

const numbers = (locale: string) =>
	once(`number|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const plurals = (locale: string) => once(`plural|${locale}`, () => new Intl.PluralRules(locale));
const lists = (locale: string) =>
	once(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));

type DateStyle = 'day' | 'dayShort' | 'month' | 'monthShort' | 'monthName' | 'monthAbbr' | 'year';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric', month: 'long', year: 'numeric' },
	dayShort: { day: 'numeric', month: 'short' },
	month: { month: 'long', year: 'numeric' },
	monthShort: { month: 'short', year: 'numeric' },
	monthName: { month: 'long' },
	monthAbbr: { month: 'short' },
	year: { year: 'numeric' }
};
const dates = (style: DateStyle, locale: string) =>
	once(
		`date|${style}|${locale}`,
		() => new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], timeZone: 'UTC' })
	);

/** Whole numbers with the locale's separators: 1,800. */
export function formatCount(n: number, locale = LOCALE): string {
	return numbers(locale).format(n);
}

const degrees = (locale: string) =>
	once(
		`degrees|${locale}`,
		() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
	);

/** A position in degrees to a hundredth, the precision the maps are checked to: "46.95° N, 54.02° E". */
export function formatPosition(lat: number, lon: number, locale = LOCALE): string {
	const part = (value: number, positive: string, negative: string) =>
		`${degrees(locale).format(Math.abs(value))}° ${value < 0 ? negative : positive}`;
	return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** A count with its lower-bound mark in words: "at least 20". */
export function formatBounded({ value, isMinimum }: BoundedCount, locale = LOCALE): string {
	return isMinimum ? `at least ${formatCount(value, locale)}` : formatCount(value, locale);
}

/** The singular or plural word for `n`: plural(1, 'year', 'years') is "year". */
export function plural(n: number, one: string, other: string, locale = LOCALE): string {
	return plurals(locale).select(n) === 'one' ? one : other;
}

/** A count with its noun: "1 year", "1,800 websites". */
export function countOf(n: number, one: string, other: string, locale = LOCALE): string {
	return `${formatCount(n, locale)} ${plural(n, one, other, locale)}`;
}

/** "1 year", "5 years". */
export function years(n: number, locale = LOCALE): string {
	return countOf(n, 'year', 'years', locale);
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], locale = LOCALE): string {
	return lists(locale).format(items);
}

/** First letter upper-case. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parses YYYY-MM-DD or YYYY-MM to midnight UTC; throws on anything else. */
export function parseDateish(text: string): Date {
	const valid = text.length === 7 ? isYearMonth(text) : isCalendarDate(text);
	if (!valid) throw new Error(`Not a date written YYYY-MM or YYYY-MM-DD: ${JSON.stringify(text)}`);
	const [y, m, d] = text.split('-').map(Number) as [number, number, number | undefined];
	return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** A date in one of the dashboard's styles, e.g. formatDate(d, 'monthShort') is "Jul 2012". */
export function formatDate(date: Date, style: DateStyle, locale = LOCALE): string {
	return dates(style, locale).format(date);
}

const about = (label: string, approximate: boolean) => (approximate ? `about ${label}` : label);

/** "11 July 2012", or "July 2012" for a month-only date; "about …" when approximate. */
export function formatDateish(text: string, approximate = false, locale = LOCALE): string {
	const style = text.length === 7 ? 'month' : 'day';
	return about(formatDate(parseDateish(text), style, locale), approximate);
}

/** "11 Jul", or "about 5 Sept" when approximate. */
export function formatDayShort(text: string, approximate = false, locale = LOCALE): string {
	return about(formatDate(parseDateish(text), 'dayShort', locale), approximate);
}

/** "July" for a YYYY-MM or YYYY-MM-DD date. */
export function formatMonthName(text: string, locale = LOCALE): string {
	return formatDate(parseDateish(text.slice(0, 7)), 'monthName', locale);
}

/** "2010" for a year-only date, "Jan 2012" for a month. */
function periodPoint(text: string, locale: string): string {
	return text.length === 4
		? formatDate(new Date(Date.UTC(Number(text), 0, 1)), 'year', locale)
		: formatDate(parseDateish(text.slice(0, 7)), 'monthShort', locale);
}

/**
 * A period as precise as the report: "Jan 2012 – Sept 2012", "Sept 2012" for one month,
 * "since 2010 (the report gives no end date)" when the report names no end.
 */
export function formatPeriod(start: string, end: string | null, locale = LOCALE): string {
	const a = periodPoint(start, locale);
	if (end === null) return `since ${a} (the report gives no end date)`;
	const b = periodPoint(end, locale);
	return a === b ? a : `${a} – ${b}`;
}

/** "5 to 15 years", "7 years". */
function yearSpan(min: number, max: number, locale: string): string {
	return min === max
		? years(min, locale)
		: `${formatCount(min, locale)} to ${formatCount(max, locale)} years`;
}

/** A sentence span in words; life stays "life" and an unstated sentence is "not stated". */
export function formatSentence(span: SentenceSpan, locale = LOCALE): string {
	switch (span.kind) {
		case 'not-stated':
			return 'not stated';
		case 'to-life':
			return `${years(span.min, locale)} to life`;
		case 'range':
			return yearSpan(span.min, span.max, locale);
	}
}

/** The span of sentences over several cases: "5 years to life", "5 to 15 years", "7 years". */
export function formatSentenceRange(range: SentenceRange, locale = LOCALE): string {
	if (range.min === null) return 'not stated';
	if (range.life) return `${years(range.min, locale)} to life`;
	return yearSpan(range.min, range.maxYears ?? range.min, locale);
}
