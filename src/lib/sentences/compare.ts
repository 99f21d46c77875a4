import type { SentenceSpan } from '../data/sentence.ts';
import { capitalise, countOf, formatCount, listInWords, plural, years } from '../format/index.ts';

export interface ComparedCase {
	id: string;
	city: string;
	convicted: number;
	span: SentenceSpan;
}

/** "the Taraz case", "the Taraz and Atyrau cases", "the Taraz, Atyrau and Uralsk cases". */
export function caseNames(cases: readonly ComparedCase[]): string {
	return `the ${listInWords(cases.map((c) => c.city))} ${plural(cases.length, 'case', 'cases')}`;
}

const people = (n: number) => countOf(n, 'person was', 'people were');

/**
 * The comparison in plain sentences, written from the data: shared minimums, life sentences,
 * the longest term in years, unstated sentences and people convicted. No averages or midpoints:
 * the report gives ranges, not each defendant's sentence.
 */
export function describeComparison(cases: readonly ComparedCase[]): string[] {
	if (cases.length === 0) return [];
	const out: string[] = [];
	const stated = cases.filter((c) => c.span.kind !== 'not-stated');
	const minOf = (c: ComparedCase) => (c.span.kind === 'not-stated' ? Infinity : c.span.min);

	if (stated.length > 0) {
		const shortest = Math.min(...stated.map(minOf));
		const sharing = stated.filter((c) => minOf(c) === shortest);
		out.push(
			sharing.length > 1
				? `${capitalise(caseNames(sharing))} share the shortest minimum term: ${years(shortest)}.`
				: stated.length > 1
					? `The shortest minimum term is ${years(shortest)}, in ${caseNames(sharing)}.`
					: `The shortest term in ${caseNames(sharing)} is ${years(shortest)}.`
		);
		const life = stated.filter((c) => c.span.kind === 'to-life');
		if (life.length > 0) {
			out.push(
				life.length === stated.length && stated.length > 1
					? `Every case with a stated sentence reaches life imprisonment.`
					: capitalise(
							`${life.length === 1 && stated.length > 1 ? 'only ' : ''}${caseNames(life)} ${life.length === 1 ? 'reaches' : 'reach'} life imprisonment.`
						)
			);
		}
		// Terms given in years: the longest of each range, and the years before life where a case reaches life.
		const terms = stated.map((c) => ({
			c,
			years: c.span.kind === 'range' ? c.span.max : c.span.kind === 'to-life' ? c.span.min : 0
		}));
		if (life.length < stated.length || life.length === 0) {
			const longest = Math.max(...terms.map((t) => t.years));
			const holders = terms.filter((t) => t.years === longest).map((t) => t.c);
			out.push(
				`The longest term given in years is ${years(longest)}, in ${caseNames(holders)}${life.length ? '; life sentences are longer still' : ''}.`
			);
		}
	}
	const unstated = cases.filter((c) => c.span.kind === 'not-stated');
	if (unstated.length > 0) {
		out.push(
			stated.length === 0
				? `The report gives no sentence for ${caseNames(unstated)}.`
				: `The report gives no sentence for ${caseNames(unstated)}, so ${unstated.length === 1 ? 'it takes' : 'they take'} no part in the comparison of terms.`
		);
	}
	const total = cases.reduce((sum, c) => sum + c.convicted, 0);
	if (cases.length === 1) {
		out.push(`In ${caseNames(cases)}, ${people(total)} convicted.`);
	} else {
		const most = Math.max(...cases.map((c) => c.convicted));
		const top = cases.filter((c) => c.convicted === most);
		out.push(
			`In all, ${people(total)} convicted in the ${cases.length} cases compared, ${formatCount(most)} of them in ${caseNames(top)}${top.length > 1 ? ' each' : ''}.`
		);
	}
	return out;
}
