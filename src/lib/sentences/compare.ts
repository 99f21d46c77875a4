import type { SentenceSpan } from '../data/sentence.ts';
import type { Lang } from '../i18n/index.ts';

export interface ComparedCase {
	id: string;
	/** The English city: the case's slug in paths. */
	city: string;
	/** How a sentence of the comparison names the case in the edition ("Taraz", "в Таразе", "Тараздағы"). */
	where: string;
	convicted: number;
	span: SentenceSpan;
}

/** The cases named in a sentence: their `where` phrases as a list, and how many they are. */
const named = (cases: readonly ComparedCase[], lang: Lang) => ({
	places: lang.f.list(cases.map((c) => c.where)),
	n: cases.length
});

/**
 * The comparison in plain sentences, written from the data in the edition's words: shared
 * minimums, life sentences, the longest term in years, unstated sentences and people convicted.
 * No averages or midpoints: the report gives ranges, not each defendant's sentence.
 */
export function describeComparison(cases: readonly ComparedCase[], lang: Lang): string[] {
	if (cases.length === 0) return [];
	const { m, f } = lang;
	const say = m.sentences.compare;
	const out: string[] = [];
	const stated = cases.filter((c) => c.span.kind !== 'not-stated');
	const minOf = (c: ComparedCase) => (c.span.kind === 'not-stated' ? Infinity : c.span.min);

	if (stated.length > 0) {
		const shortest = Math.min(...stated.map(minOf));
		const sharing = stated.filter((c) => minOf(c) === shortest);
		const words = { ...named(sharing, lang), years: f.years(shortest) };
		out.push(
			sharing.length > 1
				? say.sharedMinimum(words)
				: stated.length > 1
					? say.shortestMinimum(words)
					: say.shortestInOne(words)
		);
		const life = stated.filter((c) => c.span.kind === 'to-life');
		if (life.length > 0) {
			out.push(
				life.length === stated.length && stated.length > 1
					? say.allLife
					: say.someLife({ ...named(life, lang), only: life.length === 1 && stated.length > 1 })
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
				say.longest({ ...named(holders, lang), years: f.years(longest), lifeToo: life.length > 0 })
			);
		}
	}
	const unstated = cases.filter((c) => c.span.kind === 'not-stated');
	if (unstated.length > 0) {
		out.push(
			stated.length === 0
				? say.noneStated(named(unstated, lang))
				: say.someUnstated(named(unstated, lang))
		);
	}
	const total = cases.reduce((sum, c) => sum + c.convicted, 0);
	const people = f.countOf(total, m.sentences.people);
	const verb = f.plural(total, m.sentences.peopleVerb);
	if (cases.length === 1) {
		out.push(say.convictedInOne({ places: named(cases, lang).places, people, verb }));
	} else {
		const most = Math.max(...cases.map((c) => c.convicted));
		const top = cases.filter((c) => c.convicted === most);
		out.push(
			say.convictedInAll({
				cases: f.count(cases.length),
				people,
				verb,
				most: f.count(most),
				mostPeople: f.countOf(most, m.sentences.people),
				...named(top, lang)
			})
		);
	}
	return out;
}
