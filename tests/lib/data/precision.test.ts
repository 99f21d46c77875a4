import { describe, expect, it } from 'vitest';
import { precisionOf, precisionProblem } from '../../../src/lib/data/rules.ts';
import type { Precision } from '../../../src/lib/data/types.ts';

describe('precisionOf', () => {
	it.each<[string, Precision | null]>([
		['2012', 'year'],
		['2012-04', 'month'],
		['2012-09-12', 'day'],
		['12', null],
		['2012-4', null],
		['2012-04-1', null],
		['April 2012', null],
		['', null]
	])('%j is written to the %s', (text, expected) => {
		expect(precisionOf(text)).toBe(expected);
	});
});

describe('precisionProblem', () => {
	it.each<{ value: string | null; precision: Precision | null; problem: string | null }>([
		{ value: null, precision: null, problem: null },
		{ value: '2012', precision: 'year', problem: null },
		{ value: '2012-04', precision: 'month', problem: null },
		{ value: '2012-09-12', precision: 'day', problem: null },
		{ value: null, precision: 'month', problem: 'an empty cell: date is empty' },
		{ value: '2012-04', precision: null, problem: 'the precision of date (month)' },
		{ value: '2012-04', precision: 'day', problem: 'month, the precision date is written to' },
		{ value: '2012-09-12', precision: 'month', problem: 'day, the precision date is written to' },
		{ value: '2012', precision: 'month', problem: 'year, the precision date is written to' }
	])('date $value with precision $precision', ({ value, precision, problem }) => {
		const found = precisionProblem('date', value, precision);
		if (problem === null) expect(found).toBeNull();
		else {
			expect(found?.column).toBe('date_precision');
			expect(found?.expected).toContain(problem);
		}
	});
});
