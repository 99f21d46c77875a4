import { describe, expect, it } from 'vitest';
import type { SentenceSpan } from '../../../src/lib/data/sentence.ts';
import { formatFor } from '../../../src/lib/format/index.ts';
import { forms } from '../../../src/lib/i18n/plural.ts';

const ru = formatFor('ru');
const kk = formatFor('kk');
/** The no-break space Russian and Kazakh group thousands with. */
const NBSP = '\u00a0';

describe('numbers in each language', () => {
	it.each([
		{ f: ru, n: 1800, expected: `1${NBSP}800` },
		{ f: ru, n: 950, expected: '950' },
		{ f: ru, n: 12500, expected: `12${NBSP}500` },
		{ f: kk, n: 1800, expected: `1${NBSP}800` },
		{ f: kk, n: 47, expected: '47' }
	])('$f.locale: $n → "$expected"', ({ f, n, expected }) => {
		expect(f.count(n)).toBe(expected);
	});

	it.each([
		{ f: ru, share: 0.425, expected: `42,5${NBSP}%` },
		{ f: kk, share: 0.425, expected: '42,5%' },
		{ f: formatFor('en'), share: 0.425, expected: '42.5%' }
	])('$f.locale: a share of $share → "$expected"', ({ f, share, expected }) => {
		expect(f.percent(share)).toBe(expected);
	});

	it.each([
		{ f: ru, expected: 'не менее 2' },
		{ f: kk, expected: 'кемінде 2' }
	])('$f.locale keeps a lower bound in words: "$expected"', ({ f, expected }) => {
		expect(f.bounded({ value: 2, isMinimum: true })).toBe(expected);
		expect(f.bounded({ value: 2, isMinimum: false })).toBe('2');
	});
});

describe('dates in each language', () => {
	it.each([
		{ f: ru, text: '2012-07-11', approximate: false, expected: '11 июля 2012 г.' },
		{ f: ru, text: '2012-07', approximate: false, expected: 'июль 2012 г.' },
		{ f: ru, text: '2012-09-05', approximate: true, expected: 'примерно 5 сентября 2012 г.' },
		{ f: kk, text: '2012-07-11', approximate: false, expected: '2012 ж. 11 шілде' },
		{ f: kk, text: '2012-07', approximate: false, expected: '2012 ж. шілде' },
		{ f: kk, text: '2012-09-05', approximate: true, expected: 'шамамен 2012 ж. 5 қыркүйек' }
	])('$f.locale: $text (approximate: $approximate) → "$expected"', (row) => {
		expect(row.f.dateish(row.text, row.approximate)).toBe(row.expected);
	});

	it.each([
		{ f: ru, expected: /^с 2010 г\. \(.+\)$/ },
		{ f: kk, expected: /^2010 жылдан бастап \(.+\)$/ }
	])('$f.locale says a period has no end date rather than inventing one', ({ f, expected }) => {
		expect(f.period('2010', null)).toMatch(expected);
	});

	it.each([ru, kk])('$locale writes a period within one month as that month', (f) => {
		expect(f.period('2012-09-01', '2012-09-30')).toBe(
			f.date(new Date(Date.UTC(2012, 8)), 'monthShort')
		);
	});
});

describe('lists in each language', () => {
	it.each([
		{ f: ru, items: ['A', 'B', 'C'], expected: 'A, B и C' },
		{ f: ru, items: ['A', 'B'], expected: 'A и B' },
		{ f: kk, items: ['A', 'B'], expected: 'A және B' },
		{ f: kk, items: ['A', 'B', 'C'], expected: 'A, B және C' },
		{ f: kk, items: ['A'], expected: 'A' }
	])('$f.locale: $items → "$expected"', ({ f, items, expected }) => {
		expect(f.list(items)).toBe(expected);
	});
});

describe('plurals', () => {
	// Russian: one for 1, 21, 101…; few for 2–4, 22–24…; many for 0, 5–20, 25–30, 111, 1 800.
	it.each([
		{ n: 1, expected: '1 год' },
		{ n: 2, expected: '2 года' },
		{ n: 5, expected: '5 лет' },
		{ n: 11, expected: '11 лет' },
		{ n: 21, expected: '21 год' },
		{ n: 22, expected: '22 года' },
		{ n: 25, expected: '25 лет' },
		{ n: 111, expected: '111 лет' },
		{ n: 1800, expected: `1${NBSP}800 лет` }
	])('ru: $n → "$expected"', ({ n, expected }) => {
		expect(ru.years(n)).toBe(expected);
	});

	it.each([
		{ n: 1, expected: '1 сайт' },
		{ n: 3, expected: '3 сайта' },
		{ n: 950, expected: '950 сайтов' },
		{ n: 1800, expected: `1${NBSP}800 сайтов` }
	])('ru: any noun by its forms: $n → "$expected"', ({ n, expected }) => {
		expect(
			ru.countOf(n, forms({ one: 'сайт', few: 'сайта', many: 'сайтов', other: 'сайта' }))
		).toBe(expected);
	});

	// Kazakh keeps the noun singular after a number.
	it.each([
		{ n: 1, expected: '1 жыл' },
		{ n: 5, expected: '5 жыл' },
		{ n: 21, expected: '21 жыл' },
		{ n: 1800, expected: `1${NBSP}800 жыл` }
	])('kk: $n → "$expected"', ({ n, expected }) => {
		expect(kk.years(n)).toBe(expected);
	});

	it('kk: 47 адам', () => {
		expect(kk.countOf(47, forms({ one: 'адам', other: 'адам' }))).toBe('47 адам');
	});

	it('never falls back to another form: a Russian noun without "many" stops with the category named', () => {
		expect(() => ru.countOf(5, forms({ one: 'год', other: 'года' }))).toThrow(/"many"/);
	});
});

describe('sentences in each language', () => {
	it.each<{ f: typeof ru; span: SentenceSpan; expected: string }>([
		{ f: ru, span: { id: 'a', kind: 'range', min: 5, max: 15 }, expected: 'от 5 до 15 лет' },
		{ f: ru, span: { id: 'a', kind: 'range', min: 1, max: 21 }, expected: 'от 1 до 21 года' },
		{ f: ru, span: { id: 'a', kind: 'range', min: 7, max: 7 }, expected: '7 лет' },
		{
			f: ru,
			span: { id: 'a', kind: 'to-life', min: 5 },
			expected: 'от 5 лет до пожизненного лишения свободы'
		},
		{ f: ru, span: { id: 'a', kind: 'not-stated' }, expected: 'не указан' },
		{
			f: kk,
			span: { id: 'a', kind: 'range', min: 5, max: 15 },
			expected: '5 жылдан 15 жылға дейін'
		},
		{ f: kk, span: { id: 'a', kind: 'range', min: 7, max: 7 }, expected: '7 жыл' },
		{ f: kk, span: { id: 'a', kind: 'not-stated' }, expected: 'көрсетілмеген' }
	])('$f.locale: $span.kind $span.min–$span.max → "$expected"', ({ f, span, expected }) => {
		expect(f.sentence(span)).toBe(expected);
	});

	it.each([ru, kk])('$locale gives an unstated sentence no number', (f) => {
		expect(f.sentence({ id: 'a', kind: 'not-stated' })).not.toMatch(/\d/);
	});
});
