import { describe, expect, it } from 'vitest';
import type { SentenceSpan } from '../../../src/lib/data/sentence.ts';
import {
	parseState,
	sortCases,
	SORTS,
	toQuery,
	type ComparisonState,
	type SortableCase,
	type SortKey
} from '../../../src/lib/sentences/state.ts';

/** The data's order, deliberately not alphabetical, so "data order" and "sorted" differ. */
const IDS = ['taraz', 'atyrau', 'uralsk'] as const;

const DEFAULT: ComparisonState = { cases: [...IDS], sort: 'verdict', highlight: null };

const read = (query: string, ids: readonly string[] = IDS) =>
	parseState(new URLSearchParams(query), ids);

/** The invariants every parsed state must keep, whatever the URL said. */
function expectValid(state: ComparisonState, ids: readonly string[]) {
	expect(state.cases.length).toBeGreaterThan(0);
	for (const id of state.cases) expect(ids).toContain(id);
	expect(new Set(state.cases).size).toBe(state.cases.length);
	// In the data's order: the selected ids are a subsequence of ids.
	expect(state.cases).toStrictEqual(ids.filter((id) => state.cases.includes(id)));
	expect(SORTS).toContain(state.sort);
	if (state.highlight !== null) expect(state.cases).toContain(state.highlight);
}

describe('parseState', () => {
	it.each<{ name: string; query: string; expected: ComparisonState }>([
		{ name: 'no query: the default view', query: '', expected: DEFAULT },
		{ name: 'one case', query: 'cases=atyrau', expected: { ...DEFAULT, cases: ['atyrau'] } },
		{
			name: 'cases in another order come back in the data order',
			query: 'cases=uralsk,taraz',
			expected: { ...DEFAULT, cases: ['taraz', 'uralsk'] }
		},
		{
			name: 'an encoded comma separates cases too',
			query: 'cases=uralsk%2Catyrau',
			expected: { ...DEFAULT, cases: ['atyrau', 'uralsk'] }
		},
		{
			name: 'duplicates removed',
			query: 'cases=atyrau,atyrau,atyrau',
			expected: { ...DEFAULT, cases: ['atyrau'] }
		},
		{
			name: 'an unknown id dropped, the known kept',
			query: 'cases=atyrau,almaty',
			expected: { ...DEFAULT, cases: ['atyrau'] }
		},
		{ name: 'only unknown ids: all cases', query: 'cases=almaty,aktobe', expected: DEFAULT },
		{ name: 'an empty cases value: all cases', query: 'cases=', expected: DEFAULT },
		{
			name: 'ids are matched exactly, not by case',
			query: 'cases=Atyrau,TARAZ',
			expected: DEFAULT
		},
		{
			name: 'spaces around ids ignored',
			query: 'cases=+uralsk+,%20atyrau%20',
			expected: { ...DEFAULT, cases: ['atyrau', 'uralsk'] }
		},
		...SORTS.map((sort) => ({
			name: `sort=${sort}`,
			query: `sort=${sort}`,
			expected: { ...DEFAULT, sort }
		})),
		{ name: 'an unknown sort: verdict', query: 'sort=random', expected: DEFAULT },
		{ name: 'a sort in the wrong case: verdict', query: 'sort=MAX', expected: DEFAULT },
		{ name: 'a sort label, not a key: verdict', query: 'sort=Verdict+date', expected: DEFAULT },
		{ name: 'an empty sort: verdict', query: 'sort=', expected: DEFAULT },
		{
			name: 'a highlight among all cases',
			query: 'highlight=uralsk',
			expected: { ...DEFAULT, highlight: 'uralsk' }
		},
		{
			name: 'a highlight among the selected cases',
			query: 'cases=atyrau,uralsk&highlight=atyrau',
			expected: { ...DEFAULT, cases: ['atyrau', 'uralsk'], highlight: 'atyrau' }
		},
		{
			name: 'a highlight outside the selected cases: none',
			query: 'cases=atyrau&highlight=uralsk',
			expected: { ...DEFAULT, cases: ['atyrau'] }
		},
		{ name: 'an unknown highlight: none', query: 'highlight=almaty', expected: DEFAULT },
		{
			name: 'a highlight is one id, not a list',
			query: 'highlight=atyrau,uralsk',
			expected: DEFAULT
		},
		{
			name: 'no valid case falls back to all, so any known highlight stands',
			query: 'cases=almaty&highlight=taraz',
			expected: { ...DEFAULT, highlight: 'taraz' }
		},
		{
			name: 'everything at once, in any parameter order',
			query: 'highlight=uralsk&sort=convicted&cases=uralsk,taraz',
			expected: { cases: ['taraz', 'uralsk'], sort: 'convicted', highlight: 'uralsk' }
		}
	])('$name', ({ query, expected }) => {
		expect(read(query)).toStrictEqual(expected);
	});

	describe('values longer than 1000 characters are ignored', () => {
		// 'atyrau' followed by commas: a valid list at any length.
		const padded = (length: number) => 'atyrau' + ','.repeat(length - 'atyrau'.length);

		it.each([
			{ length: 999, expected: ['atyrau'] },
			{ length: 1000, expected: ['atyrau'] },
			{ length: 1001, expected: [...IDS] },
			{ length: 100_000, expected: [...IDS] }
		])('a cases value of $length characters', ({ length, expected }) => {
			const params = new URLSearchParams();
			params.set('cases', padded(length));
			expect(params.get('cases')).toHaveLength(length);
			expect(parseState(params, IDS).cases).toStrictEqual(expected);
		});
	});

	it('works with ids that name Object.prototype members', () => {
		const ids = ['__proto__', 'constructor', 'toString'];
		expect(read('cases=constructor,__proto__&highlight=constructor', ids)).toStrictEqual({
			cases: ['__proto__', 'constructor'],
			sort: 'verdict',
			highlight: 'constructor'
		});
	});

	it('returns a new array each time, never the ids it was given', () => {
		const ids = [...IDS];
		const state = read('', ids);
		state.cases.pop();
		expect(ids).toStrictEqual([...IDS]);
		expect(read('', ids).cases).toStrictEqual([...IDS]);
	});

	describe('hostile input never throws and always yields a valid state', () => {
		const ids = ['a', 'b', 'c'];
		const hostile: { name: string; value: string }[] = [
			{ name: 'a script tag', value: '<script>alert(1)</script>' },
			{ name: 'a javascript: URL', value: 'javascript:alert(1)' },
			{ name: 'an attribute breakout', value: '"><img src=x onerror=alert(1)>' },
			{ name: 'a NUL byte', value: '\u0000' },
			{ name: 'a very long string', value: 'x'.repeat(50_000) },
			{ name: 'a very long list of valid ids', value: 'a,'.repeat(5_000) },
			{ name: 'only commas', value: ',,,' },
			{ name: 'ids with spaces', value: ' a , b ' },
			{ name: '__proto__', value: '__proto__' },
			{ name: 'constructor', value: 'constructor' },
			{ name: 'toString', value: 'toString' },
			{ name: 'hasOwnProperty', value: 'hasOwnProperty' },
			{ name: 'unicode', value: 'Атырау,Тараз,🚩,\u202e,\ufeff' },
			{ name: 'lone surrogates', value: '\ud800\udfff\ud800' },
			{ name: 'the empty string', value: '' },
			{ name: 'whitespace', value: ' \t\n' },
			{ name: 'newlines between ids', value: 'a\n,\r\nb' },
			{ name: 'a number', value: '0' },
			{ name: 'JSON', value: '{"cases":["a"]}' },
			{ name: 'an array-like', value: '[a,b]' }
		];

		it.each(hostile)('$name, set in every parameter', ({ value }) => {
			for (const name of ['cases', 'sort', 'highlight']) {
				const params = new URLSearchParams();
				params.set(name, value);
				expectValid(parseState(params, ids), ids);
			}
			const all = new URLSearchParams({ cases: value, sort: value, highlight: value });
			expectValid(parseState(all, ids), ids);
		});

		it.each<{ name: string; query: string }>([
			{ name: 'a raw NUL escape', query: 'cases=%00&sort=%00&highlight=%00' },
			{ name: 'a broken percent escape', query: 'cases=%E0%A4%A&sort=%&highlight=%zz' },
			{ name: 'repeated cases', query: 'cases=a&cases=b' },
			{ name: 'repeated sort, one bogus', query: 'sort=max&sort=bogus' },
			{ name: 'repeated sort, bogus first', query: 'sort=bogus&sort=max' },
			{ name: 'repeated highlight', query: 'cases=a&highlight=b&highlight=a' },
			{ name: 'parameters named like prototype members', query: '__proto__=a&constructor=b' },
			{ name: 'an encoded script', query: 'cases=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
			{ name: 'a lone ampersand and equals', query: '&=&==&cases==a' },
			{ name: 'a parameter without a value', query: 'cases&sort&highlight' },
			{ name: 'an encoded ampersand in a value', query: 'cases=a%26sort%3Dmax' }
		])('$name: $query', ({ query }) => {
			expectValid(read(query, ids), ids);
		});

		// None of these name a known id or sort exactly, so the view must be the default one.
		it.each(hostile.filter(({ value }) => !/(^|,)\s*[abc]\s*(,|$)/.test(value)))(
			'$name falls back to the default view',
			({ value }) => {
				const params = new URLSearchParams({ cases: value, sort: value, highlight: value });
				expect(parseState(params, ids)).toStrictEqual({
					cases: ids,
					sort: 'verdict',
					highlight: null
				});
			}
		);
	});
});

describe('toQuery', () => {
	it.each<{ name: string; state: ComparisonState; expected: string }>([
		{ name: 'the default view', state: DEFAULT, expected: '' },
		{
			name: 'all cases listed in another order is still the default',
			state: { ...DEFAULT, cases: ['uralsk', 'atyrau', 'taraz'] },
			expected: ''
		},
		{
			name: 'a subset, written in the data order with plain commas',
			state: { ...DEFAULT, cases: ['uralsk', 'taraz'] },
			expected: '?cases=taraz,uralsk'
		},
		{ name: 'a sort', state: { ...DEFAULT, sort: 'max' }, expected: '?sort=max' },
		{
			name: 'a highlight',
			state: { ...DEFAULT, highlight: 'atyrau' },
			expected: '?highlight=atyrau'
		},
		{
			name: 'everything',
			state: { cases: ['atyrau', 'taraz'], sort: 'min', highlight: 'taraz' },
			expected: '?cases=taraz,atyrau&sort=min&highlight=taraz'
		}
	])('$name', ({ state, expected }) => {
		expect(toQuery(state, IDS)).toBe(expected);
	});

	/** Every non-empty subset of ids, each in the data's order. */
	function subsets<T>(items: readonly T[]): T[][] {
		const out: T[][] = [];
		for (let mask = 1; mask < 2 ** items.length; mask++) {
			out.push(items.filter((_, i) => mask & (2 ** i)));
		}
		return out;
	}

	function everyState(ids: readonly string[]): ComparisonState[] {
		return subsets(ids).flatMap((cases) =>
			SORTS.flatMap((sort) => [null, ...cases].map((highlight) => ({ cases, sort, highlight })))
		);
	}

	describe.each([
		{ name: 'three ids', ids: ['taraz', 'atyrau', 'uralsk'] },
		{
			name: 'four ids as the data writes them',
			ids: [
				'taraz-attack-organisers',
				'atyrau-bombing-organisers',
				'uralsk-terrorist-financing',
				'aktobe-2012'
			]
		}
	])('round trip over every valid state: $name', ({ ids }) => {
		const states = everyState(ids);

		it('enumerates each subset with each sort and each highlight', () => {
			// Subsets of size k: C(n,k), each with 1 + k highlights; sum over k is (2^n - 1) + n·2^(n-1).
			const n = ids.length;
			expect(states).toHaveLength(SORTS.length * (2 ** n - 1 + n * 2 ** (n - 1)));
		});

		it('parseState(toQuery(state)) gives the state back', () => {
			const wrong = states.filter((state) => {
				const url = new URL(`https://example.org/sentences/${toQuery(state, ids)}`);
				return JSON.stringify(parseState(url.searchParams, ids)) !== JSON.stringify(state);
			});
			expect(wrong).toStrictEqual([]);
		});

		it('only the default view has an empty query', () => {
			const empty = states.filter((state) => toQuery(state, ids) === '');
			expect(empty).toStrictEqual([{ cases: ids, sort: 'verdict', highlight: null }]);
		});

		it('a query names only the parts that differ from the default', () => {
			for (const state of states) {
				const params = new URLSearchParams(toQuery(state, ids));
				expect(params.has('cases')).toBe(state.cases.length !== ids.length);
				expect(params.has('sort')).toBe(state.sort !== 'verdict');
				expect(params.has('highlight')).toBe(state.highlight !== null);
			}
		});
	});
});

describe('sortCases', () => {
	const range = (min: number, max: number): SentenceSpan => ({ id: '', kind: 'range', min, max });
	const life = (min: number): SentenceSpan => ({ id: '', kind: 'to-life', min });
	const unstated: SentenceSpan = { id: '', kind: 'not-stated' };

	function item(
		id: string,
		span: SentenceSpan,
		verdict_month = '2012-04',
		convicted = 1
	): SortableCase {
		return Object.freeze({ id, verdict_month, convicted, span: Object.freeze({ ...span, id }) });
	}

	it.each<{ name: string; key: SortKey; cases: SortableCase[]; expected: string[] }>([
		{
			name: 'earliest verdict month first, across years',
			key: 'verdict',
			cases: [
				item('a', unstated, '2012-10'),
				item('b', unstated, '2012-04'),
				item('c', unstated, '2011-12'),
				item('d', unstated, '2012-09')
			],
			expected: ['c', 'b', 'd', 'a']
		},
		{
			name: 'the same verdict month: by id',
			key: 'verdict',
			cases: [item('b', range(1, 2)), item('c', life(1)), item('a', unstated)],
			expected: ['a', 'b', 'c']
		},
		{
			name: 'shortest minimum first, whatever the maximum',
			key: 'min',
			cases: [item('a', range(5, 15)), item('b', life(2)), item('c', range(3, 4))],
			expected: ['b', 'c', 'a']
		},
		{
			name: 'unstated after every stated minimum, even a long one',
			key: 'min',
			cases: [item('a', unstated), item('b', range(40, 40)), item('c', life(25))],
			expected: ['c', 'b', 'a']
		},
		{
			name: 'a stated minimum of zero is still before unstated',
			key: 'min',
			cases: [item('a', unstated), item('b', range(0, 3))],
			expected: ['b', 'a']
		},
		{
			name: 'identical minimums and maximums: by id',
			key: 'min',
			cases: [item('c', range(5, 10)), item('a', range(5, 10)), item('b', range(5, 10))],
			expected: ['a', 'b', 'c']
		},
		{
			name: 'several unstated: by id',
			key: 'min',
			cases: [item('c', unstated), item('a', unstated), item('b', range(9, 9))],
			expected: ['b', 'a', 'c']
		},
		{
			name: 'the same minimum: the heavier sentence (longer maximum, life first) first',
			key: 'min',
			cases: [item('b', life(5)), item('a', range(5, 10)), item('c', range(5, 15))],
			expected: ['b', 'c', 'a']
		},
		{
			name: 'longest maximum first',
			key: 'max',
			cases: [item('a', range(5, 15)), item('b', range(3, 20)), item('c', range(1, 2))],
			expected: ['b', 'a', 'c']
		},
		{
			name: 'life above any number of years',
			key: 'max',
			cases: [item('a', range(1, 1000)), item('b', life(1)), item('c', range(99, 99))],
			expected: ['b', 'a', 'c']
		},
		{
			name: 'unstated after every stated maximum, even zero',
			key: 'max',
			cases: [item('a', unstated), item('b', range(0, 0)), item('c', life(5))],
			expected: ['c', 'b', 'a']
		},
		{
			name: 'identical maximums and minimums: by id',
			key: 'max',
			cases: [item('b', life(5)), item('c', life(5)), item('a', life(5))],
			expected: ['a', 'b', 'c']
		},
		{
			name: 'several life sentences: the longer minimum first',
			key: 'max',
			cases: [item('b', life(10)), item('a', life(5)), item('c', range(1, 2))],
			expected: ['b', 'a', 'c']
		},
		{
			name: 'the same maximum in years: the longer minimum first',
			key: 'max',
			cases: [item('b', range(10, 15)), item('a', range(5, 15))],
			expected: ['b', 'a']
		},
		{
			name: 'most convicted first',
			key: 'convicted',
			cases: [
				item('a', unstated, '2012-04', 3),
				item('b', unstated, '2012-04', 47),
				item('c', unstated, '2012-04', 5)
			],
			expected: ['b', 'c', 'a']
		},
		{
			name: 'the same number convicted: by id',
			key: 'convicted',
			cases: [
				item('c', unstated, '2012-04', 5),
				item('a', unstated, '2012-04', 5),
				item('b', unstated, '2012-04', 0)
			],
			expected: ['a', 'c', 'b']
		}
	])('$key: $name', ({ key, cases, expected }) => {
		expect(sortCases(cases, key).map((c) => c.id)).toStrictEqual(expected);
		// Ties are broken by id, so the order cannot depend on the order the cases came in.
		expect(sortCases([...cases].reverse(), key).map((c) => c.id)).toStrictEqual(expected);
	});

	it('returns [] for no cases', () => {
		for (const key of SORTS) expect(sortCases([], key)).toStrictEqual([]);
	});

	it.each(SORTS)('%s: never mutates its input and returns the same objects', (key) => {
		const cases = Object.freeze([
			item('c', range(5, 15), '2012-10', 3),
			item('a', unstated, '2012-04', 47),
			item('b', life(5), '2012-04', 5)
		]);
		const before = cases.map((c) => c.id);
		const sorted = sortCases(cases, key);
		expect(sorted).not.toBe(cases);
		expect(cases.map((c) => c.id)).toStrictEqual(before);
		expect(new Set(sorted)).toStrictEqual(new Set(cases));
		expect(sorted).toHaveLength(cases.length);
	});

	it('keeps extra fields of the cases it is given', () => {
		const cases = [
			{ ...item('b', life(5)), city: 'Taraz' },
			{ ...item('a', unstated), city: 'Uralsk' }
		];
		expect(sortCases(cases, 'max').map((c) => c.city)).toStrictEqual(['Taraz', 'Uralsk']);
	});
});
