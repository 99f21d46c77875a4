import { describe, expect, it } from 'vitest';
import type { Conviction, Dataset, Incident } from '../../../src/lib/data/types.ts';
import { headlines } from '../../../src/lib/server/headlines.ts';
import { incident, notStated, range, toLife } from '../data/rows.ts';
import { published, publishedCases, thousands } from './published.ts';

const empty: Dataset = {
	incidents: [],
	convictions: [],
	websites: [],
	events: [],
	participants: [],
	places: []
};

function dataset(incidents: Incident[], convictions: Conviction[] = []): Dataset {
	return { ...empty, incidents, convictions };
}

describe('headlines', () => {
	describe.each([
		{ name: 'the published data', data: published },
		{
			name: 'exact tolls only',
			data: dataset([incident('2012-07-11', 8), incident('2012-08-17', 9)])
		},
		{
			name: 'one minimum toll',
			data: dataset([incident('2012-07-11', 8), incident('2012-09-12', 2, true)])
		},
		{ name: 'a large minimum', data: dataset([incident('2012-09-12', 1500, true)]) }
	])('$name', ({ data }) => {
		const all = headlines(data);
		const deaths = all.find((h) => h.id === 'deaths');
		const total = data.incidents.reduce((sum, d) => sum + d.killed, 0);
		const anyMinimum = data.incidents.some((d) => d.killed_is_minimum);

		it('starts the deaths figure with "at least" exactly when a toll is a minimum', () => {
			expect(deaths?.value.startsWith('at least')).toBe(anyMinimum);
			expect(deaths?.isMinimum).toBe(anyMinimum);
		});

		it('gives the total deaths with thousands separators', () => {
			expect(deaths?.value.replace(/^at least /, '')).toBe(thousands(total));
		});

		it('gives every headline a unique id, a value, a label and a page', () => {
			const ids = all.map((h) => h.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const h of all) {
				expect(h.value.trim()).not.toBe('');
				expect(h.label.trim()).not.toBe('');
				expect(h.page).toMatch(/^\/([a-z-]+\/)*$/);
			}
		});

		it('never calls a figure a minimum without saying "at least"', () => {
			for (const h of all) expect(h.value.startsWith('at least')).toBe(h.isMinimum);
		});
	});

	describe('sentences', () => {
		it.each([
			{ name: 'like the report', rows: [toLife('a', 5), range('b', 5, 15), notStated('c')] },
			{ name: 'ranges only', rows: [range('a', 2, 8), range('b', 4, 12)] },
			{ name: 'one fixed term', rows: [range('a', 7, 7)] },
			{ name: 'equal fixed terms', rows: [range('a', 4, 4), range('b', 4, 4)] },
			{ name: 'an unstated case beside a range', rows: [notStated('a'), range('b', 3, 6)] },
			{ name: 'life only', rows: [toLife('a', 10)] }
		])('spans the shortest to the longest stated term: $name', ({ rows }) => {
			const h = headlines(dataset([], rows)).find((x) => x.id === 'sentences');
			const stated = rows.filter((c) => c.sentence_stated);
			const min = Math.min(...stated.map((c) => c.sentence_min_years as number));
			const life = stated.some((c) => c.sentence_max_life);
			const max = Math.max(...stated.map((c) => c.sentence_max_years ?? 0));
			// Life is not a number; a single term is given once.
			const numbers = life || max === min ? [min] : [min, max];
			expect((h?.value.match(/\d+/g) ?? []).map(Number)).toEqual(numbers);
			expect(h?.value.startsWith(`${min} `)).toBe(true);
			expect(/\blife$/.test(h?.value ?? '')).toBe(life);
		});

		it.each([
			{ name: 'one unstated', rows: [notStated('a'), range('b', 3, 6)], unstated: 1 },
			{ name: 'two unstated', rows: [notStated('a'), notStated('c'), toLife('b', 5)], unstated: 2 },
			{ name: 'none unstated', rows: [range('b', 3, 6)], unstated: 0 }
		])('mentions cases with no stated sentence: $name', ({ rows, unstated }) => {
			const h = headlines(dataset([], rows)).find((x) => x.id === 'sentences');
			expect(/no stated sentence/.test(h?.context ?? '')).toBe(unstated > 0);
			expect(h?.value).not.toMatch(/^0\b/);
		});

		it('has no sentence headline when no sentence is stated, rather than a zero', () => {
			const all = headlines(dataset([], [notStated('a'), notStated('b')]));
			expect(all.find((h) => h.id === 'sentences')).toBeUndefined();
			for (const h of all.filter((x) => x.id !== 'convicted' && x.id !== 'deaths'))
				expect(h.value).not.toMatch(/^0\b/);
		});

		it('never shows a zero for the unstated sentence in the published data', () => {
			const h = headlines(published).find((x) => x.id === 'sentences');
			const stated = publishedCases.filter((c) => c.sentence_stated);
			expect(
				h?.value.startsWith(`${Math.min(...stated.map((c) => c.sentence_min_years as number))} `)
			).toBe(true);
			expect(h?.value).not.toMatch(/\b0\b/);
		});
	});

	it('counts the people convicted', () => {
		const h = headlines(published).find((x) => x.id === 'convicted');
		const total = publishedCases.reduce((sum, c) => sum + c.convicted, 0);
		expect(h?.value).toBe(thousands(total));
	});

	it('gives each website figure with thousands separators', () => {
		const values = headlines(published)
			.filter((h) => h.id.startsWith('websites-'))
			.map((h) => h.value);
		expect(values.sort()).toEqual(published.websites.map((w) => thousands(w.websites)).sort());
	});
});
