import { forms, type PluralForms } from '../plural.ts';

/** The words of the home page, in English: the type every edition's home catalogue must match. */
const home = {
	title: 'What the report counts, and what each figure covers',
	lede: 'Every number in the U.S. State Department’s 2012 report chapter on Kazakhstan, with the section it comes from, and the data to download.',
	details: 'Details',
	/** Before the section's link: "; source:". */
	source: 'source:',
	/** The deaths tile's line of context: in which incidents, then who died. */
	deathsContext: (p: { context: string; who: string }) => `${p.context}; ${p.who}`,
	convicted: {
		/** After the count of people: `cases` is the count of cases with its noun. */
		label: (p: { n: number; cases: string }) => `people convicted in ${p.cases}`,
		cases: forms({ one: 'detailed case', other: 'detailed cases' }) as PluralForms,
		context: (p: { list: string }) => `the cases the report details: ${p.list}`,
		noCase: 'the report details no case',
		/** One item of the list: how many, over what. */
		item: (p: { count: string; n: number; concern: string }) => `${p.count} ${p.concern}`,
		overAttacks: (p: { year: string }) => `over attacks in ${p.year}`,
		uncounted: (p: { words: string }) =>
			`The report also speaks of ${p.words} of people convicted over the year, without a number; they are not in this count.`
	},
	sentences: {
		label: 'prison sentences',
		context: (p: { notStated: number; count: string }) =>
			`the span of terms handed down${p.notStated ? `; ${p.notStated === 1 ? 'one case has' : `${p.count} cases have`} no stated sentence` : ''}`
	},
	websites: {
		context: (p: { according: string; period: string }) => `${p.according}, ${p.period}`
	},
	locator: (p: { title: string; credit: string }) =>
		`: the map of every place the report names, with what happened there. ${p.credit}`,
	cite: 'Cite the report',
	/** The report's citation, before and after its English title (with the title's translation in other editions). */
	citation: {
		before: (p: { publisher: string }) => `${p.publisher}, “`,
		close: '”',
		after: (p: { year: string; published: string; url: string }) =>
			`, ${p.year} (published ${p.published}), ${p.url}`
	},
	read: 'Read the report on Refworld',
	/** A section heading or the report's own words, in quotation marks. */
	quote: (p: { words: string }) => `“${p.words}”`
};

export type HomeMessages = typeof home;
export default home;
