import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { dataCaveats as caveatsIn } from '../../../src/lib/server/caveats.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { loadPackage } from '../../../src/lib/server/data.ts';
import { englishWords } from '../english.ts';
import { conviction, event, incident, notStated, range, website } from '../data/rows.ts';

function dataset(parts: Partial<Dataset>): Dataset {
	return {
		incidents: [],
		convictions: [],
		websites: [],
		events: [],
		participants: [],
		places: [],
		...parts
	};
}

/** The English caveats; the editions' are tested in editions.test.ts. */
const dataCaveats = (data: Dataset) => caveatsIn(data, langFor('en'));

const about = (caveats: string[], pattern: RegExp) => caveats.filter((c) => pattern.test(c));

describe('dataCaveats', () => {
	it.each([
		{ name: 'dead described as suspects', described: 'suspects' as const, unsaid: false },
		{ name: 'dead not described', described: 'not stated' as const, unsaid: true }
	])(
		'says the report gives no total, and whom it does not describe: $name',
		({ described, unsaid }) => {
			const rows = [{ ...incident('2012-07-11', 8), killed_described: described }];
			const found = about(dataCaveats(dataset({ incidents: rows })), /no total of deaths/);
			expect(found).toHaveLength(1);
			expect(
				/does not say who died in the explosion of 11 July 2012 \(8\)/.test(found[0] ?? '')
			).toBe(unsaid);
		}
	);

	it.each([
		{ name: 'no minimum', rows: [incident('2012-07-11', 8)], expected: 0 },
		{
			name: 'one minimum',
			rows: [incident('2012-07-11', 8), incident('2012-09-12', 2, true)],
			expected: 1
		},
		{
			name: 'two minimums',
			rows: [incident('2012-07-11', 8, true), incident('2012-09-12', 2, true)],
			expected: 1
		}
	])('says a total is a minimum only when a toll is: $name', ({ rows, expected }) => {
		const found = about(dataCaveats(dataset({ incidents: rows })), /minimum/);
		expect(found).toHaveLength(expected);
		for (const d of rows.filter((r) => r.killed_is_minimum))
			expect(found[0]).toContain(`at least ${d.killed}`);
	});

	it('names every estimated date with "about", and no exact one', () => {
		const rows = [
			incident('2012-07-11', 8),
			{ ...incident('2012-09-05', 1), date_approximate: true }
		];
		const found = about(dataCaveats(dataset({ incidents: rows })), /estimate/);
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('about 5 September 2012');
		expect(found[0]).not.toContain('11 July');
	});

	it('lists cases without a sentence or a number of trials, by city', () => {
		const rows = [
			{ ...range('a', 5, 15), city: 'Atyrau', trials: 2 },
			{ ...notStated('u'), city: 'Uralsk' },
			conviction('t', {
				city: 'Taraz',
				sentence_stated: true,
				sentence_min_years: 5,
				sentence_max_life: true
			})
		];
		const caveats = dataCaveats(dataset({ convictions: rows }));
		const sentence = about(caveats, /no sentence/);
		expect(sentence).toHaveLength(1);
		expect(sentence[0]).toContain('Uralsk');
		expect(sentence[0]).not.toMatch(/Atyrau|Taraz/);
		expect(sentence[0]).not.toMatch(/\b0\b/);
		const trials = about(caveats, /trials/);
		expect(trials[0]).toMatch(/Uralsk/);
		expect(trials[0]).toMatch(/Taraz/);
		expect(trials[0]).not.toMatch(/Atyrau/);
	});

	it('says the website figures are not shares of each other, with each period as precise as the data', () => {
		const caveats = dataCaveats(
			dataset({
				websites: [
					website('r', 1800, '2012-01', '2012-09'),
					website('s', 950, '2010', null, 'shut_down')
				]
			})
		);
		const found = about(caveats, /share/);
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('since 2010 (the report gives no end date)');
		expect(found[0]).toContain('Jan 2012 – Sept 2012');
	});

	it('counts the cooperation events whose countries the report does not name', () => {
		const events = [
			{ ...event('2012-06', 'cooperation'), id: 'un' },
			{ ...event('2012-08', 'cooperation'), id: 'drills' },
			{ ...event('2012-04', 'justice'), id: 'verdict' }
		];
		const caveats = dataCaveats(
			dataset({
				events,
				participants: [{ event_id: 'drills', country: 'Russia', country_code: '643' }]
			})
		);
		const found = about(caveats, /no countries/);
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('one cooperation event');
		expect(found[0]).toContain('June 2012');
	});

	it('says nothing about what the data do not contain', () => {
		expect(dataCaveats(dataset({}))).toEqual([]);
	});
	it.each([
		{ name: 'no quantity in words', words: null, expected: 0 },
		{ name: 'a development counted in words', words: 'several', expected: 1 }
	])('names a development whose quantity is only in words: $name', ({ words, expected }) => {
		const row = {
			...event('2012-05', 'administration'),
			count_words: words,
			count_unit: words ? 'religious communities' : null
		};
		const found = about(dataCaveats(dataset({ events: [row] })), /only in words/);
		expect(found).toHaveLength(expected);
		if (words) expect(found[0]).toContain('“several” religious communities');
	});
});

describe.each([
	{ locale: 'ru' as const, atLeast: 'не менее 2', about: 'примерно', notStated: '«не указано»' },
	{ locale: 'kk' as const, atLeast: 'кемінде 2', about: 'шамамен', notStated: '«көрсетілмеген»' }
])('dataCaveats in $locale', ({ locale, atLeast, about: approx, notStated }) => {
	const lang = langFor(locale);
	const { data } = loadPackage();
	const caveats = caveatsIn(data, lang);

	it('says as many caveats as the English, with no English words', () => {
		expect(caveats).toHaveLength(caveatsIn(data, langFor('en')).length);
		expect(caveats.flatMap((c) => englishWords(c))).toEqual([]);
	});

	it('keeps the lower bound, the estimate and the unstated sentence in the edition’s words', () => {
		const text = caveats.join('\n');
		expect(text).toContain(atLeast);
		expect(text).toContain(approx);
		expect(text).toContain(notStated);
		expect(text).toContain(lang.m.names.places.uralsk);
		expect(text).not.toMatch(/\b0\b/);
	});

	it('gives every number in words of the data in the edition’s words', () => {
		const ids = [
			...data.convictions.filter((c) => c.convicted_words !== null).map((c) => c.id),
			...data.events.filter((e) => e.count_words !== null).map((e) => e.id)
		];
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(lang.m.pages.caveats.inWordsItems[id], id).toBeTruthy();
	});

	it('fails, naming the row, where the catalogue lacks a row’s words', () => {
		const row = { ...conviction('z'), convicted: null, convicted_words: 'dozens' };
		expect(() => caveatsIn(dataset({ convictions: [row] }), lang)).toThrow(/"z"/);
	});
});
