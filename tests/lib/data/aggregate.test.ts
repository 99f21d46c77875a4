import { describe, expect, it } from 'vitest';
import {
	convictedPerCase,
	deathsByMonth,
	deathsTotal,
	eventsByMonthTheme,
	sentenceRange
} from '../../../src/lib/data/aggregate.ts';
import { conviction, event, incident, notStated, range, toLife } from './rows.ts';

describe('deathsTotal', () => {
	it.each([
		{ name: 'no incidents', rows: [], expected: { value: 0, isMinimum: false } },
		{
			name: 'one exact toll',
			rows: [incident('2012-07-11', 8)],
			expected: { value: 8, isMinimum: false }
		},
		{
			name: 'exact tolls only',
			rows: [incident('2012-07-11', 8), incident('2012-08-17', 9), incident('2012-09-05', 1)],
			expected: { value: 18, isMinimum: false }
		},
		{
			name: 'one minimum among exact tolls',
			rows: [incident('2012-07-11', 8), incident('2012-09-12', 2, true), incident('2012-08-17', 9)],
			expected: { value: 19, isMinimum: true }
		},
		{
			name: 'only a minimum',
			rows: [incident('2012-09-12', 2, true)],
			expected: { value: 2, isMinimum: true }
		},
		{
			name: '"at least 0" is still a minimum',
			rows: [incident('2012-01-01', 0, true)],
			expected: { value: 0, isMinimum: true }
		},
		{
			name: 'zero deaths, exact',
			rows: [incident('2012-01-01', 0), incident('2012-02-01', 0)],
			expected: { value: 0, isMinimum: false }
		}
	])('$name', ({ rows, expected }) => {
		expect(deathsTotal(rows)).toEqual(expected);
	});
});

describe('deathsByMonth', () => {
	it.each([
		{ name: 'no incidents', rows: [], expected: [] },
		{
			name: 'one incident',
			rows: [incident('2012-07-11', 8)],
			expected: [{ month: '2012-07', value: 8, isMinimum: false, incidents: 1 }]
		},
		{
			name: 'months in calendar order whatever the input order; a minimum marks only its month',
			rows: [
				incident('2012-09-12', 2, true),
				incident('2012-07-11', 8),
				incident('2012-09-05', 1),
				incident('2012-08-17', 9)
			],
			expected: [
				{ month: '2012-07', value: 8, isMinimum: false, incidents: 1 },
				{ month: '2012-08', value: 9, isMinimum: false, incidents: 1 },
				{ month: '2012-09', value: 3, isMinimum: true, incidents: 2 }
			]
		},
		{
			name: 'two-digit months sort after single-digit ones',
			rows: [incident('2012-12-01', 4), incident('2012-02-10', 1), incident('2012-10-31', 2)],
			expected: [
				{ month: '2012-02', value: 1, isMinimum: false, incidents: 1 },
				{ month: '2012-10', value: 2, isMinimum: false, incidents: 1 },
				{ month: '2012-12', value: 4, isMinimum: false, incidents: 1 }
			]
		},
		{
			name: 'a month of two exact tolls stays exact',
			rows: [incident('2012-03-01', 3), incident('2012-03-31', 4)],
			expected: [{ month: '2012-03', value: 7, isMinimum: false, incidents: 2 }]
		},
		{
			name: 'a zero-death incident still counts as an incident',
			rows: [incident('2012-05-05', 0)],
			expected: [{ month: '2012-05', value: 0, isMinimum: false, incidents: 1 }]
		}
	])('$name', ({ rows, expected }) => {
		expect(deathsByMonth(rows)).toEqual(expected);
	});
});

describe('convictedPerCase', () => {
	it.each([
		{ name: 'no cases', rows: [], expected: { cases: [], total: 0 } },
		{
			name: 'largest first, total over all cases',
			rows: [
				conviction('taraz', { convicted: 5 }),
				conviction('atyrau', { convicted: 47 }),
				conviction('uralsk', { convicted: 3 })
			],
			expected: {
				cases: [
					{ id: 'atyrau', city: 'City atyrau', convicted: 47 },
					{ id: 'taraz', city: 'City taraz', convicted: 5 },
					{ id: 'uralsk', city: 'City uralsk', convicted: 3 }
				],
				total: 55
			}
		},
		{
			name: 'ties ordered by id',
			rows: [
				conviction('z', { convicted: 3 }),
				conviction('a', { convicted: 3 }),
				conviction('m', { convicted: 4 })
			],
			expected: {
				cases: [
					{ id: 'm', city: 'City m', convicted: 4 },
					{ id: 'a', city: 'City a', convicted: 3 },
					{ id: 'z', city: 'City z', convicted: 3 }
				],
				total: 10
			}
		},
		{
			name: 'a case with nobody convicted',
			rows: [conviction('x', { convicted: 0 })],
			expected: { cases: [{ id: 'x', city: 'City x', convicted: 0 }], total: 0 }
		}
	])('$name', ({ rows, expected }) => {
		expect(convictedPerCase(rows)).toEqual(expected);
	});
});

describe('sentenceRange', () => {
	it.each([
		{
			name: 'no cases',
			rows: [],
			expected: { min: null, maxYears: null, life: false, notStated: 0 }
		},
		{
			name: 'the report’s three cases: 5–life, 5–15, not stated',
			rows: [toLife('taraz', 5), range('atyrau', 5, 15), notStated('uralsk')],
			expected: { min: 5, maxYears: 15, life: true, notStated: 1 }
		},
		{
			name: 'only unstated sentences: no range at all, never 0',
			rows: [notStated('a'), notStated('b')],
			expected: { min: null, maxYears: null, life: false, notStated: 2 }
		},
		{
			name: 'only a life sentence: no longest term in years',
			rows: [toLife('a', 10)],
			expected: { min: 10, maxYears: null, life: true, notStated: 0 }
		},
		{
			name: 'ranges only',
			rows: [range('a', 3, 8), range('b', 2, 20)],
			expected: { min: 2, maxYears: 20, life: false, notStated: 0 }
		},
		{
			name: 'the shortest term may come from a to-life case',
			rows: [toLife('a', 1), range('b', 4, 12)],
			expected: { min: 1, maxYears: 12, life: true, notStated: 0 }
		},
		{
			name: 'a life case’s minimum is not its longest term',
			rows: [toLife('a', 20), range('b', 2, 5)],
			expected: { min: 2, maxYears: 5, life: true, notStated: 0 }
		}
	])('$name', ({ rows, expected }) => {
		expect(sentenceRange(rows)).toEqual(expected);
	});
});

describe('eventsByMonthTheme', () => {
	const byMonthTheme = (a: { month: string; theme: string }, b: { month: string; theme: string }) =>
		a.month.localeCompare(b.month) || a.theme.localeCompare(b.theme);

	it.each([
		{ name: 'no events', rows: [], expected: [] },
		{
			name: 'a month-only date and a full date fall in the same month',
			rows: [event('2012-09', 'incident'), event('2012-09-12', 'incident')],
			expected: [{ month: '2012-09', theme: 'incident', events: 2 }]
		},
		{
			name: 'counted per month and theme',
			rows: [
				event('2012-09', 'incident'),
				event('2012-04', 'justice'),
				event('2012-09-12', 'incident'),
				event('2012-04-30', 'cooperation'),
				event('2012-09', 'oversight'),
				event('2012-04', 'justice'),
				event('2012-12', 'legislation'),
				event('2012-02-29', 'legislation')
			],
			expected: [
				{ month: '2012-02', theme: 'legislation', events: 1 },
				{ month: '2012-04', theme: 'cooperation', events: 1 },
				{ month: '2012-04', theme: 'justice', events: 2 },
				{ month: '2012-09', theme: 'incident', events: 2 },
				{ month: '2012-09', theme: 'oversight', events: 1 },
				{ month: '2012-12', theme: 'legislation', events: 1 }
			]
		}
	])('$name', ({ rows, expected }) => {
		const result = eventsByMonthTheme(rows);
		expect([...result].sort(byMonthTheme)).toEqual(expected);
		const months = result.map((r) => r.month);
		expect(months).toEqual([...months].sort());
	});
});
