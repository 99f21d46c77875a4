/**
 * The one home of formatting: numbers, dates, months, lists and plurals, through Intl, in each
 * edition's language. `formatFor(locale)` gives the formats of one edition; the Intl objects are
 * made once per locale and reused. Words around the numbers come from the catalogue's `format`
 * area. Safe for the browser (no D3).
 */
import type { BoundedCount, SentenceRange } from '../data/aggregate.ts';
import type { SentenceSpan } from '../data/sentence.ts';
import { isCalendarDate, isYearMonth } from '../data/dates.ts';
import en from '../i18n/format/en.ts';
import kk from '../i18n/format/kk.ts';
import ru from '../i18n/format/ru.ts';
import type { FormatMessages } from '../i18n/format/en.ts';
import { INTL_LOCALE, type Locale } from '../i18n/locales.ts';
import type { PluralForms } from '../i18n/plural.ts';

const WORDS: Record<Locale, FormatMessages> = { en, ru, kk };

const cache = new Map<string, unknown>();

/** One Intl object per locale and options, made on first use. */
function once<T>(key: string, make: () => T): T {
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key) as T;
}

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

/** Parses YYYY-MM-DD or YYYY-MM to midnight UTC; throws on anything else. */
export function parseDateish(text: string): Date {
	const valid = text.length === 7 ? isYearMonth(text) : isCalendarDate(text);
	if (!valid) throw new Error(`Not a date written YYYY-MM or YYYY-MM-DD: ${JSON.stringify(text)}`);
	const [y, m, d] = text.split('-').map(Number) as [number, number, number | undefined];
	return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** First letter upper-case; the same in the three languages (no Turkic dotted i in Kazakh Cyrillic). */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A date in a citation style's own locale (APA and Chicago write "May 30, 2013", en-US). */
export function formatDateIn(date: Date, style: DateStyle, intlLocale: string): string {
	return once(
		`date|${style}|${intlLocale}`,
		() => new Intl.DateTimeFormat(intlLocale, { ...DATE_OPTIONS[style], timeZone: 'UTC' })
	).format(date);
}

/** Every format of one edition. */
export interface Format {
	locale: Locale;
	/** Whole numbers with the language's separators: 1,800 in English, 1 800 (no-break space) in Russian and Kazakh. */
	count(n: number): string;
	/** A share in per cent: 42.5%, 42,5 %. */
	percent(share: number): string;
	/** A count with its lower-bound mark in words: "at least 20", "не менее 20", "кемінде 20". */
	bounded(count: BoundedCount): string;
	/** A position in degrees to a hundredth: "46.95° N, 54.02° E". */
	position(lat: number, lon: number): string;
	/** The form of a word for `n`, from forms for every plural category of the language. */
	plural(n: number, words: PluralForms): string;
	/** A count with its noun: "1 year", "5 лет", "5 жыл". */
	countOf(n: number, words: PluralForms): string;
	years(n: number): string;
	/** "a, b and c", «a, b и c», "a, b және c". */
	list(items: readonly string[]): string;
	date(date: Date, style: DateStyle): string;
	/** "11 July 2012", or "July 2012" for a month-only date; "about …" when approximate. */
	dateish(text: string, approximate?: boolean): string;
	/** "11 Jul", or "about 5 Sept" when approximate. */
	dayShort(text: string, approximate?: boolean): string;
	/** "July" for a YYYY-MM or YYYY-MM-DD date. */
	monthName(text: string): string;
	/** A period as precise as the report; an open end says the report gives none. */
	period(start: string, end: string | null): string;
	/** A sentence span in words; life stays life and an unstated sentence is "not stated". */
	sentence(span: SentenceSpan): string;
	/** The span of sentences over several cases. */
	sentenceRange(range: SentenceRange): string;
	/** The words the formats write, for components that mark a bound or an estimate themselves. */
	words: FormatMessages;
}

function makeFormat(locale: Locale): Format {
	const intl = INTL_LOCALE[locale];
	const words = WORDS[locale];
	const numbers = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
	const percents = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 });
	const degrees = new Intl.NumberFormat(intl, {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	const rules = new Intl.PluralRules(intl);
	const lists = new Intl.ListFormat(intl, { type: 'conjunction' });
	const dates = new Map(
		(Object.keys(DATE_OPTIONS) as DateStyle[]).map((style) => [
			style,
			new Intl.DateTimeFormat(intl, { ...DATE_OPTIONS[style], timeZone: 'UTC' })
		])
	);
	const date = (d: Date, style: DateStyle) => (dates.get(style) as Intl.DateTimeFormat).format(d);
	const about = (label: string, approximate: boolean) => (approximate ? words.about(label) : label);
	const plural = (n: number, forms: PluralForms) => {
		const category = rules.select(n);
		const word = forms[category];
		if (word === undefined)
			throw new Error(
				`No "${category}" form for ${n} in ${locale}: the catalogue gives ${JSON.stringify(forms)}`
			);
		return word;
	};
	const count = (n: number) => numbers.format(n);
	const years = (n: number) => `${count(n)} ${plural(n, words.years)}`;
	const yearSpan = (min: number, max: number) =>
		min === max ? years(min) : words.yearSpan(count(min), count(max), max);
	const periodPoint = (text: string) =>
		text.length === 4
			? date(new Date(Date.UTC(Number(text), 0, 1)), 'year')
			: date(parseDateish(text.slice(0, 7)), 'monthShort');
	return {
		locale,
		words,
		count,
		percent: (share) => percents.format(share),
		bounded: ({ value, isMinimum }) => (isMinimum ? words.atLeast(count(value)) : count(value)),
		position(lat, lon) {
			const part = (value: number, positive: string, negative: string) =>
				`${degrees.format(Math.abs(value))}° ${value < 0 ? negative : positive}`;
			return `${part(lat, words.north, words.south)}, ${part(lon, words.east, words.west)}`;
		},
		plural,
		countOf: (n, forms) => `${count(n)} ${plural(n, forms)}`,
		years,
		list(items) {
			if (words.and === null || items.length < 2) return lists.format(items);
			return `${items.slice(0, -1).join(', ')} ${words.and} ${items[items.length - 1]}`;
		},
		date,
		dateish: (text, approximate = false) =>
			about(date(parseDateish(text), text.length === 7 ? 'month' : 'day'), approximate),
		dayShort: (text, approximate = false) =>
			about(date(parseDateish(text), 'dayShort'), approximate),
		monthName: (text) => date(parseDateish(text.slice(0, 7)), 'monthName'),
		period(start, end) {
			const a = periodPoint(start);
			if (end === null) return words.since(a, start.length === 4);
			const b = periodPoint(end);
			return a === b ? a : `${a} – ${b}`;
		},
		sentence(span) {
			switch (span.kind) {
				case 'not-stated':
					return words.notStated;
				case 'to-life':
					return words.toLife(count(span.min), span.min);
				case 'range':
					return yearSpan(span.min, span.max);
			}
		},
		sentenceRange(range) {
			if (range.min === null) return words.notStated;
			if (range.life) return words.toLife(count(range.min), range.min);
			return yearSpan(range.min, range.maxYears ?? range.min);
		}
	};
}

/** The formats of one edition, made once. */
export function formatFor(locale: Locale): Format {
	return once(`format|${locale}`, () => makeFormat(locale));
}
