import type { IncidentKind, KilledDescribed } from '../../data/types.ts';
import { forms, type PluralForms } from '../plural.ts';

/** One clause on deaths: the figure with its bound words, and the incidents they died in. */
export interface Clause {
	value: string;
	n: number;
	isMinimum: boolean;
	/** The context message of the kind, as written. */
	context: string;
	/** How many incidents of the kind, as digits, and as a number. */
	incidents: string;
	nIncidents: number;
}

/** The words of the incidents area, in English: the type every edition's incidents catalogue must match. */
const incidents = {
	title: 'Deaths in each incident of 2012, by how they died',
	/** What happened, as each row's heading and the table name it. */
	kind: {
		'security operation': 'security operation',
		explosion: 'explosion'
	} as Record<IncidentKind, string>,
	/** "9 killed", "at least 2 killed", "8 died": the figure beside a bar; `value` has its bound words. */
	toll: {
		'security operation': (p: { value: string; n: number; isMinimum: boolean }) =>
			`${p.value} killed`,
		explosion: (p: { value: string; n: number; isMinimum: boolean }) => `${p.value} died`
	} as Record<IncidentKind, (p: { value: string; n: number; isMinimum: boolean }) => string>,
	/** Who died, in a row's detail line, only as far as the report says. */
	who: {
		suspects: 'the dead described as suspects',
		'not stated': 'who died: not stated'
	} as Record<KilledDescribed, string>,
	placeNotNamed: 'place not named',
	detail: (p: { place: string; who: string }) => `${p.place}; ${p.who}`,
	/** The time between two rows; `days` is the count with its noun. */
	days: forms({ one: 'day', other: 'days' }) as PluralForms,
	gapLater: (p: { days: string; approximate: boolean }) =>
		`${p.approximate ? 'about ' : ''}${p.days} later`,
	gapSameDay: (p: { approximate: boolean }) => `${p.approximate ? 'about ' : ''}the same day`,
	heading: (p: { date: string; kind: string }) => `${p.date}: ${p.kind}`,
	/** The mark's SVG title: everything about the incident. */
	markTitle: (p: {
		date: string;
		approximate: boolean;
		kind: string;
		toll: string;
		who: string;
		place: string;
		source: string;
	}) =>
		`${p.date}${p.approximate ? ' (an estimate: the report dates it only relative to another event)' : ''}: ${p.kind}, ${p.toll}; ${p.who}; ${p.place}. Source: “${p.source}”.`,
	/** Deaths by kind, as the headline and the page state them. */
	deaths: {
		/** The words after the figure: "killed by security forces"; `n` is the figure. */
		label: {
			'security operation': (_p: { n: number; isMinimum: boolean }) => 'killed by security forces',
			explosion: (_p: { n: number; isMinimum: boolean }) => 'died in explosions'
		} as Record<IncidentKind, (p: { n: number; isMinimum: boolean }) => string>,
		/** The incidents of a kind, counted: "2 operations". */
		incidents: {
			'security operation': forms({ one: 'operation', other: 'operations' }),
			explosion: forms({ one: 'blast', other: 'blasts' })
		} as Record<IncidentKind, PluralForms>,
		/** In which incidents, and whom the report blames; `incidents` is the count with its noun. */
		context: {
			'security operation': (p: { incidents: string }) => `in ${p.incidents} against suspects`,
			explosion: (p: { incidents: string }) =>
				`${p.incidents} the report puts down to suspected extremists handling explosives`
		} as Record<IncidentKind, (p: { incidents: string }) => string>,
		/** The figure, how they died and where, as one clause of a sentence. */
		clause: {
			'security operation': (p: Clause) => `${p.value} killed by security forces ${p.context}`,
			explosion: (p: Clause) => `${p.value} died in ${p.context}`
		} as Record<IncidentKind, (p: Clause) => string>,
		allSuspects: 'all suspects, as the report describes them',
		noneDescribed: 'the report does not say who they were',
		/** Some dead described as suspects, the others not: `suspects` and `others` carry their bound words. */
		someSuspects: (p: { suspects: string; nSuspects: number; others: string; nOthers: number }) =>
			`${p.suspects} ${p.nSuspects === 1 ? 'a suspect' : 'suspects'}; the report does not say who the other ${p.others} ${p.nOthers === 1 ? 'was' : 'were'}`,
		totalNote: (p: { total: string }) =>
			`The report gives no total; added up, these come to ${p.total}.`,
		none: 'The report describes no deaths in incidents.'
	},
	key: {
		'security operation': (p: { kind: string }) => `“${p.kind}”: people killed by security forces`,
		explosion: (p: { kind: string }) =>
			`“${p.kind}”: people who died in a blast the report puts down to suspected extremists handling explosives`,
		lowerBound: 'a toll the report gives as “at least” this many',
		approximate:
			'“about”: a day the report gives only relative to another date, so the day shown is our estimate'
	},
	desc: (p: { date: string; place: string; kind: string; toll: string; who: string }) =>
		`${p.date}, ${p.place}, ${p.kind}: ${p.toll}; ${p.who}.`,
	placeNotStated: 'place not stated',
	notes: {
		minimum: (p: { date: string; value: string }) =>
			`The toll of ${p.date} is a minimum: the report says “at least” ${p.value}. The dashed arrow marks it, and every total that includes it is a minimum too.`,
		approximate: (p: { kind: string; date: string }) =>
			`The date of the ${p.kind} shown as ${p.date} is an estimate: the report dates it only relative to another event. Its bar is hollow and dashed.`,
		order: 'Rows are in date order; the days between two incidents are written between their rows.'
	},
	table: {
		killed: 'Killed',
		date: 'Date',
		kind: 'What happened',
		place: 'Place',
		who: 'Who died'
	},
	/** The table's "who died" column: the codes of killed_described in words. */
	whoShort: { suspects: 'suspects', 'not stated': 'not stated' } as Record<KilledDescribed, string>,
	/** The page. */
	page: {
		title: 'Violent incidents',
		lede: 'The violent incidents of 2012 that the report describes: when and where they happened, what happened, and how many people were killed.',
		howTheyDied: 'How they died',
		each: 'Each incident',
		source: 'Source'
	},
	/** Each incident's summary, by its id in incidents.csv. */
	summaries: {
		'almaty-safe-house-blast':
			'Blast at a house where, according to the security forces, an extremist cell was assembling a bomb; eight people died.',
		'almaty-follow-up-operation':
			'Security operation following up the 11 July blast; security forces killed nine suspects, who had reportedly refused to give themselves up.',
		'accidental-explosion-before-raid':
			'Device set off by accident by suspected extremists, killing one of them; the report dates it only as a week before the Kulsary raid.',
		'kulsary-apartment-raid':
			'Security forces raided an apartment block in Kulsary and killed suspected extremists; the report gives the toll as a minimum.'
	} as Record<string, string>,
	/** The region of each incident that names one, by the incident's id in incidents.csv. */
	regions: {
		'almaty-safe-house-blast': 'Almaty area',
		'kulsary-apartment-raid': 'Western Kazakhstan'
	} as Record<string, string>
};

export type IncidentsMessages = typeof incidents;
export default incidents;
