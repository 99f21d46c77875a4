/** The words of the sentences area, in English: the type every edition's sentences catalogue must match. */
import type { SortKey } from '../../sentences/state.ts';
import { forms } from '../plural.ts';
import { capitalise } from '../../format/index.ts';

const SORTS: Record<SortKey, string> = {
	verdict: 'Verdict date',
	min: 'Shortest minimum term',
	max: 'Longest maximum term',
	convicted: 'Most people convicted'
};

/** "the Taraz case", "the Taraz and Atyrau cases": `places` is already a list. */
const cases = (places: string, n: number) => `the ${places} ${n === 1 ? 'case' : 'cases'}`;

const sentences = {
	title: 'Prison sentences in each court case',
	note: 'Each bar spans the shortest to the longest term in the case; the report does not give each defendant’s sentence.',
	/** "convicted" after a number, in a row's label: "47 convicted". */
	convictedCount: forms({ one: 'convicted', other: 'convicted' }),
	/** A row's label: "Atyrau · 47 convicted". */
	label: (p: { city: string; convicted: string }) => `${p.city} · ${p.convicted}`,
	/** Drawn where a row with no stated sentence would have its bar. */
	notStatedBar: 'no sentence stated in the report',
	/** The first tick of the years axis. */
	zeroYears: '0 years',
	/** A row's SVG title. */
	markTitle: (p: {
		city: string;
		convicted: string;
		offence: string;
		sentence: string | null;
		section: string;
	}) =>
		`${p.city}, ${p.convicted} of ${p.offence.toLowerCase()}: ${p.sentence === null ? 'the report gives no sentence' : `sentences of ${p.sentence}`}. Source: “${p.section}”.`,
	lifeNote: (city: string) =>
		`In the ${city} case the longest sentence is life imprisonment: its bar stops at a break at the end of the years axis and goes on as an arrow, never as a number of years, and its value reads “to life”.`,
	notStatedNote: (city: string) =>
		`The report gives no sentence for the ${city} case: it has no bar, which does not mean zero years.`,
	/** A case in the text alternative. */
	desc: (p: { city: string; convicted: string; offence: string; sentence: string | null }) =>
		`${p.city}, ${p.convicted} of ${p.offence.toLowerCase()}: ${p.sentence ?? 'not stated'}.`,
	/** The table's first cell. */
	caseCell: (p: { city: string; offence: string }) => `${p.city}: ${p.offence}`,
	noAttack: 'none',
	columns: {
		case: 'Case',
		verdict: 'Verdict',
		convicted: 'Convicted',
		sentence: 'Sentences',
		attack: 'Attack concerned'
	},
	takeawayNone: 'The report states no sentence for any case.',
	/** `range` is a sentence range in words; `spread` is false when every stated sentence is the same. */
	takeaway: (p: { range: string; spread: boolean; unstated: number }) =>
		`${p.spread ? 'Sentences ran from' : 'Every stated sentence was'} ${p.range}${p.unstated ? `; the report gives no sentence for ${p.unstated === 1 ? 'one case' : `${p.unstated} cases`}` : ''}.`,
	key: {
		life: 'the longest sentence is life imprisonment: the bar stops at the break and goes on as an arrow, not as a number of years',
		notStated: 'no bar: the report gives no sentence, which is not zero years'
	},
	/** The sort controls. */
	sorts: SORTS,
	/** "Atyrau and Taraz, by longest maximum term": a view in a few words. */
	viewName: (p: { cities: string; sort: SortKey }) =>
		p.sort === 'verdict' ? p.cities : `${p.cities}, by ${SORTS[p.sort].toLowerCase()}`,
	viewTitle: (name: string) => `Prison sentences compared: ${name}`,
	/** How a case is named inside a sentence of the comparison: "Taraz", "в Таразе", "Тараздағы". */
	where: {
		'taraz-attack-organisers': 'Taraz',
		'atyrau-bombing-organisers': 'Atyrau',
		'uralsk-terrorist-financing': 'Uralsk'
	} as Record<string, string>,
	/** The comparison in words; `places` is a list of `where` phrases, `n` how many cases it names. */
	compare: {
		sharedMinimum: (p: { places: string; n: number; years: string }) =>
			`${capitalise(cases(p.places, p.n))} share the shortest minimum term: ${p.years}.`,
		shortestMinimum: (p: { places: string; n: number; years: string }) =>
			`The shortest minimum term is ${p.years}, in ${cases(p.places, p.n)}.`,
		shortestInOne: (p: { places: string; n: number; years: string }) =>
			`The shortest term in ${cases(p.places, p.n)} is ${p.years}.`,
		allLife: 'Every case with a stated sentence reaches life imprisonment.',
		someLife: (p: { places: string; n: number; only: boolean }) =>
			`${p.only ? 'Only the' : 'The'} ${p.places} ${p.n === 1 ? 'case reaches' : 'cases reach'} life imprisonment.`,
		longest: (p: { places: string; n: number; years: string; lifeToo: boolean }) =>
			`The longest term given in years is ${p.years}, in ${cases(p.places, p.n)}${p.lifeToo ? '; life sentences are longer still' : ''}.`,
		noneStated: (p: { places: string; n: number }) =>
			`The report gives no sentence for ${cases(p.places, p.n)}.`,
		someUnstated: (p: { places: string; n: number }) =>
			`The report gives no sentence for ${cases(p.places, p.n)}, so ${p.n === 1 ? 'it takes' : 'they take'} no part in the comparison of terms.`,
		/** `people` is a count with its noun, `verb` the verb agreeing with it. */
		convictedInOne: (p: { places: string; people: string; verb: string }) =>
			`In ${cases(p.places, 1)}, ${p.people} ${p.verb} convicted.`,
		convictedInAll: (p: {
			cases: string;
			people: string;
			verb: string;
			most: string;
			mostPeople: string;
			places: string;
			n: number;
		}) =>
			`In all, ${p.people} ${p.verb} convicted in the ${p.cases} cases compared, ${p.most} of them in ${cases(p.places, p.n)}${p.n > 1 ? ' each' : ''}.`
	},
	/** People, after a count, in the comparison in words. */
	people: forms({ one: 'person', other: 'people' }),
	/** The verb agreeing with that count. */
	peopleVerb: forms({ one: 'was', other: 'were' }),
	controls: {
		nav: 'Compare cases',
		casesShown: 'Cases shown',
		atLeastOne: '(at least one)',
		hide: 'Hide',
		show: 'Show',
		only: 'Only',
		/** After a case's name in its control. */
		about: (p: { convicted: string; sentence: string | null }) =>
			`(${p.convicted}, ${p.sentence ?? 'not stated'})`,
		order: 'Order',
		detailsOf: 'Details of'
	},
	page: {
		heading: 'Court cases and sentences',
		lede: 'The court cases the report details: how many people were convicted and the prison terms they received. Compare the cases side by side: each choice below is a page of its own, to link to and share.',
		noscriptBefore: 'A link in the older form, with',
		noscriptAfter:
			'in its address, opens the view it names only with JavaScript on; without it, this page shows every case. The choices above work either way.',
		inWords: 'The comparison in words',
		detailHint:
			'Choose a case under “Details of”, or point at, tap or tab to its row, to see its details here.'
	},
	detail: {
		/** `where` is the case's entry in `where`. */
		heading: (p: { city: string; where: string }) => `${p.city} case`,
		where: 'Where',
		onMap: (city: string) => `${city} on the map`,
		sentences: 'Sentences',
		convicted: 'People convicted',
		trials: forms({ one: 'trial', other: 'trials' }),
		/** `trials` is a count with its noun. */
		inTrials: (trials: string) => `in ${trials}`,
		offence: 'Offence',
		attack: 'Attack concerned',
		verdict: 'Verdict',
		summary: 'In short',
		source: 'Source',
		sourceName: (section: string) => `“${section}”`
	}
};

export type SentencesMessages = typeof sentences;
export default sentences;
