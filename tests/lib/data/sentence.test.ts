import { describe, expect, it } from 'vitest';
import { sentenceSpan, type SentenceSpan } from '../../../src/lib/data/sentence.ts';
import type { Conviction } from '../../../src/lib/data/types.ts';
import { conviction, notStated, range, toLife } from './rows.ts';

describe('sentenceSpan', () => {
	it.each<{ name: string; row: Conviction; expected: SentenceSpan }>([
		{
			name: 'five to fifteen years',
			row: range('a', 5, 15),
			expected: { id: 'a', kind: 'range', min: 5, max: 15 }
		},
		{
			name: 'one fixed term',
			row: range('b', 7, 7),
			expected: { id: 'b', kind: 'range', min: 7, max: 7 }
		},
		{
			name: 'a stated term of zero years',
			row: range('c', 0, 3),
			expected: { id: 'c', kind: 'range', min: 0, max: 3 }
		},
		{
			name: 'five years to life',
			row: toLife('d', 5),
			expected: { id: 'd', kind: 'to-life', min: 5 }
		},
		{ name: 'not stated', row: notStated('e'), expected: { id: 'e', kind: 'not-stated' } },
		{
			name: 'not stated, even with stray zeros in the sentence columns',
			row: conviction('f', {
				sentence_stated: false,
				sentence_min_years: 0,
				sentence_max_years: 0
			}),
			expected: { id: 'f', kind: 'not-stated' }
		},
		{
			name: 'not stated, even with a stray life flag',
			row: conviction('g', { sentence_stated: false, sentence_max_life: true }),
			expected: { id: 'g', kind: 'not-stated' }
		}
	])('$name', ({ row, expected }) => {
		expect(sentenceSpan(row)).toStrictEqual(expected);
	});

	it.each([notStated('h'), conviction('i', { sentence_min_years: 0, sentence_max_years: 0 })])(
		'a sentence that is not stated never yields a number (%#)',
		(row) => {
			const span = sentenceSpan(row);
			expect(Object.values(span).filter((v) => typeof v === 'number')).toEqual([]);
		}
	);
});
