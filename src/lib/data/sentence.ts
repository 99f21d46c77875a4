import type { Conviction } from './types.ts';

/** The span of sentences in one case, kept honest: life is not a number, unstated is not zero. */
export type SentenceSpan =
	| { id: string; kind: 'not-stated' }
	| { id: string; kind: 'range'; min: number; max: number }
	| { id: string; kind: 'to-life'; min: number };

export function sentenceSpan(c: Conviction): SentenceSpan {
	if (!c.sentence_stated || c.sentence_min_years === null) return { id: c.id, kind: 'not-stated' };
	if (c.sentence_max_life) return { id: c.id, kind: 'to-life', min: c.sentence_min_years };
	return {
		id: c.id,
		kind: 'range',
		min: c.sentence_min_years,
		max: c.sentence_max_years ?? c.sentence_min_years
	};
}
