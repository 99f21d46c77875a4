import { describe, expect, it } from 'vitest';
import type { SentenceSpan } from '../../../src/lib/data/sentence.ts';
import { formatFor, parseDateish } from '../../../src/lib/format/index.ts';

const en = formatFor('en');

describe('formatCount', () => {
	it.each([
		{ n: 0, expected: '0' },
		{ n: 7, expected: '7' },
		{ n: 950, expected: '950' },
		{ n: 999, expected: '999' },
		{ n: 1000, expected: '1,000' },
		{ n: 1800, expected: '1,800' },
		{ n: 12500, expected: '12,500' },
		{ n: 1234567, expected: '1,234,567' }
	])('$n → $expected', ({ n, expected }) => {
		expect(en.count(n)).toBe(expected);
	});
});

describe('formatBounded', () => {
	it.each([
		{ value: 19, isMinimum: false, expected: '19' },
		{ value: 20, isMinimum: true, expected: 'at least 20' },
		{ value: 1800, isMinimum: false, expected: '1,800' },
		{ value: 1800, isMinimum: true, expected: 'at least 1,800' },
		{ value: 0, isMinimum: true, expected: 'at least 0' }
	])('$value (minimum: $isMinimum) → "$expected"', ({ value, isMinimum, expected }) => {
		expect(en.bounded({ value, isMinimum })).toBe(expected);
	});
});

describe('parseDateish', () => {
	it.each([
		{ text: '2012-07-11', expected: '2012-07-11T00:00:00.000Z' },
		{ text: '2012-07', expected: '2012-07-01T00:00:00.000Z' },
		{ text: '2012-02-29', expected: '2012-02-29T00:00:00.000Z' },
		{ text: '2012-12-31', expected: '2012-12-31T00:00:00.000Z' },
		{ text: '2010-01', expected: '2010-01-01T00:00:00.000Z' }
	])('reads $text as midnight UTC', ({ text, expected }) => {
		expect(parseDateish(text).toISOString()).toBe(expected);
	});

	it.each(['', '2012', '2012-13', '2012-00', '11 July 2012', '2012-07-11T10:00', '2012/07/11'])(
		'throws on %j',
		(text) => {
			expect(() => parseDateish(text)).toThrow(/YYYY-MM/);
		}
	);

	it.each(['2012-02-30', '2011-02-29', '2012-04-31', '2012-7-1', '2012-07-1'])(
		'throws on a day that is not written YYYY-MM-DD or does not exist: %j',
		(text) => {
			expect(() => parseDateish(text)).toThrow();
		}
	);
});

describe('formatDateish', () => {
	it.each([
		{ text: '2012-07-11', approximate: false, expected: '11 July 2012' },
		{ text: '2012-09-05', approximate: false, expected: '5 September 2012' },
		{ text: '2012-07', approximate: false, expected: 'July 2012' },
		{ text: '2012-09-05', approximate: true, expected: 'about 5 September 2012' },
		{ text: '2012-09', approximate: true, expected: 'about September 2012' },
		{ text: '2011-10-31', approximate: false, expected: '31 October 2011' }
	])('$text (approximate: $approximate) → "$expected"', ({ text, approximate, expected }) => {
		expect(en.dateish(text, approximate)).toBe(expected);
	});

	it.each(['2012-07', '2012-09', '2010-01'])('names no day for the month-only date %s', (text) => {
		expect(en.dateish(text)).not.toMatch(/^\d{1,2} /);
	});

	it('is not approximate unless told', () => {
		expect(en.dateish('2012-07-11')).not.toMatch(/about/);
	});
});

describe('formatDayShort', () => {
	it.each([
		{ text: '2012-07-11', approximate: false, expected: '11 Jul' },
		{ text: '2012-09-05', approximate: true, expected: 'about 5 Sept' },
		{ text: '2012-12-01', approximate: false, expected: '1 Dec' },
		{ text: '2012-02-29', approximate: false, expected: '29 Feb' }
	])('$text (approximate: $approximate) → "$expected"', ({ text, approximate, expected }) => {
		expect(en.dayShort(text, approximate)).toBe(expected);
	});
});

describe('formatPeriod', () => {
	it.each([
		{ start: '2012-01', end: '2012-09', expected: 'Jan 2012 – Sept 2012' },
		{ start: '2010-01', end: '2012-12', expected: 'Jan 2010 – Dec 2012' },
		{ start: '2012-09', end: '2012-09', expected: 'Sept 2012' },
		{ start: '2012-09-01', end: '2012-09-30', expected: 'Sept 2012' }
	])('$start to $end → "$expected"', ({ start, end, expected }) => {
		expect(en.period(start, end)).toBe(expected);
	});
});

describe('formatSentence', () => {
	it.each<{ span: SentenceSpan; expected: string }>([
		{ span: { id: 'a', kind: 'range', min: 5, max: 15 }, expected: '5 to 15 years' },
		{ span: { id: 'a', kind: 'range', min: 7, max: 7 }, expected: '7 years' },
		{ span: { id: 'a', kind: 'range', min: 0, max: 3 }, expected: '0 to 3 years' },
		{ span: { id: 'a', kind: 'range', min: 1, max: 4 }, expected: '1 to 4 years' },
		{ span: { id: 'a', kind: 'range', min: 1, max: 1 }, expected: '1 year' },
		{ span: { id: 'a', kind: 'to-life', min: 5 }, expected: '5 years to life' },
		{ span: { id: 'a', kind: 'to-life', min: 1 }, expected: '1 year to life' },
		{ span: { id: 'a', kind: 'not-stated' }, expected: 'not stated' }
	])('$span.kind $span.min–$span.max → "$expected"', ({ span, expected }) => {
		expect(en.sentence(span)).toBe(expected);
	});

	it('gives an unstated sentence no number at all', () => {
		expect(en.sentence({ id: 'a', kind: 'not-stated' })).not.toMatch(/\d/);
	});

	it.each([1, 5, 20])('gives a life sentence from %d years no other number', (min) => {
		const text = en.sentence({ id: 'a', kind: 'to-life', min });
		expect(text).toMatch(/life$/);
		expect((text.match(/\d+/g) ?? []).map(Number)).toEqual([min]);
	});
});
