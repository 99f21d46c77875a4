import type { SentenceSpan } from '../data/sentence.ts';

/** Orders a user can sort the cases by; the first is the default. */
export const SORTS = ['verdict', 'min', 'max', 'convicted'] as const;
export type SortKey = (typeof SORTS)[number];

/** What a shared link must reproduce: which cases, in which order, which one stands out. */
export interface ComparisonState {
	/** Selected case ids, in the data's order; never empty. */
	cases: string[];
	sort: SortKey;
	highlight: string | null;
}

/** Longest query value worth reading; anything longer is not a link this site made. */
const MAX_PARAM = 1000;

export function defaultState(ids: readonly string[]): ComparisonState {
	return { cases: [...ids], sort: 'verdict', highlight: null };
}

function param(params: URLSearchParams, name: string): string | null {
	const value = params.get(name);
	return value === null || value.length > MAX_PARAM ? null : value;
}

/**
 * Reads the comparison from a URL query. Unknown ids are dropped; a value that leaves nothing
 * valid falls back to the default, so no URL can produce an error or an empty chart.
 */
export function parseState(params: URLSearchParams, ids: readonly string[]): ComparisonState {
	const state = defaultState(ids);
	const cases = param(params, 'cases');
	if (cases !== null) {
		const wanted = new Set(cases.split(',').map((id) => id.trim()));
		const known = ids.filter((id) => wanted.has(id));
		if (known.length > 0) state.cases = known;
	}
	const sort = param(params, 'sort');
	if (sort !== null && (SORTS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
	const highlight = param(params, 'highlight');
	if (highlight !== null && state.cases.includes(highlight)) state.highlight = highlight;
	return state;
}

/** The query string for a state, without the parts that are the default ("" for the default view). */
export function toQuery(state: ComparisonState, ids: readonly string[]): string {
	const params = new URLSearchParams();
	const all = state.cases.length === ids.length && ids.every((id) => state.cases.includes(id));
	if (!all) params.set('cases', ids.filter((id) => state.cases.includes(id)).join(','));
	if (state.sort !== 'verdict') params.set('sort', state.sort);
	if (state.highlight !== null) params.set('highlight', state.highlight);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

export interface SortableCase {
	id: string;
	verdict_month: string;
	convicted: number;
	span: SentenceSpan;
}

/** Longest term in comparable form: life above any number of years; unstated below everything. */
function maxKey(span: SentenceSpan): number {
	if (span.kind === 'to-life') return Number.POSITIVE_INFINITY;
	if (span.kind === 'range') return span.max;
	return Number.NEGATIVE_INFINITY;
}

/** Shortest term in comparable form; unstated sorts after every stated term. */
function minKey(span: SentenceSpan): number {
	return span.kind === 'not-stated' ? Number.POSITIVE_INFINITY : span.min;
}

/** Code-point order, enough for ISO dates and slugs, without building a collator on every call. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const COMPARE: Record<SortKey, (a: SortableCase, b: SortableCase) => number> = {
	verdict: (a, b) => byText(a.verdict_month, b.verdict_month),
	min: (a, b) => minKey(a.span) - minKey(b.span) || maxKey(b.span) - maxKey(a.span),
	max: (a, b) => maxKey(b.span) - maxKey(a.span) || minKey(b.span) - minKey(a.span),
	convicted: (a, b) => b.convicted - a.convicted
};

/** The cases in display order. Equal minimums put the heavier sentence first, equal maximums the longer minimum; remaining ties go by id. */
export function sortCases<T extends SortableCase>(cases: readonly T[], key: SortKey): T[] {
	return [...cases].sort((a, b) => {
		const order = COMPARE[key](a, b);
		return Number.isNaN(order) || order === 0 ? byText(a.id, b.id) : order;
	});
}
