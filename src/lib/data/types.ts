/** Row types of the data package in static/data; declared once, used everywhere. */

/** Report headings that figures are taken from, in the order the report gives them. */
export const SECTIONS = [
	'Overview',
	'2012 Terrorist Incidents',
	'Legislation, Law Enforcement, and Border Security',
	'Countering Terrorist Finance',
	'Regional and International Cooperation',
	'Countering Radicalization and Violent Extremism'
] as const;
export type Section = (typeof SECTIONS)[number];

export type IncidentKind = 'explosion' | 'security operation';

export interface Incident {
	id: string;
	/** ISO date; an estimate when `date_approximate`. */
	date: string;
	date_approximate: boolean;
	/** null: the report does not name the place. */
	place: string | null;
	region: string | null;
	kind: IncidentKind;
	summary: string;
	killed: number;
	/** The report gives the toll as "at least" `killed`. */
	killed_is_minimum: boolean;
	section: Section;
}

export interface Conviction {
	id: string;
	/** YYYY-MM */
	verdict_month: string;
	city: string;
	offence: string;
	/** YYYY-MM or YYYY-MM-DD; null when the case concerns no attack. */
	related_attack_date: string | null;
	convicted: number;
	/** null: not stated. */
	trials: number | null;
	/** null: not stated. */
	sentence_min_years: number | null;
	/** null: not stated, or the longest sentence is life. */
	sentence_max_years: number | null;
	sentence_max_life: boolean;
	sentence_stated: boolean;
	group: string | null;
	summary: string;
	section: Section;
}

export type WebsiteMeasure = 'reviewed' | 'shut_down';

export interface WebsiteFigure {
	id: string;
	measure: WebsiteMeasure;
	websites: number;
	agency: string;
	/** YYYY-MM, or YYYY when the report gives the year only. */
	period_start: string;
	/** YYYY-MM or YYYY; null when the report gives no end date. */
	period_end: string | null;
	summary: string;
	section: Section;
}

export type Theme = 'incident' | 'justice' | 'legislation' | 'cooperation' | 'oversight';

export interface ReportEvent {
	id: string;
	/** YYYY-MM or YYYY-MM-DD, as precise as the report. */
	date: string;
	theme: Theme;
	summary: string;
	section: Section;
}

export interface Participant {
	event_id: string;
	country: string;
}

/** The whole data package, validated. */
export interface Dataset {
	incidents: Incident[];
	convictions: Conviction[];
	websites: WebsiteFigure[];
	events: ReportEvent[];
	participants: Participant[];
}

export type ResourceName = keyof Dataset;

export const RESOURCE_NAMES: readonly ResourceName[] = [
	'incidents',
	'convictions',
	'websites',
	'events',
	'participants'
];

/** Column order of each CSV, as published. */
export const COLUMNS: { readonly [K in ResourceName]: readonly (keyof Dataset[K][number])[] } = {
	incidents: [
		'id',
		'date',
		'date_approximate',
		'place',
		'region',
		'kind',
		'summary',
		'killed',
		'killed_is_minimum',
		'section'
	],
	convictions: [
		'id',
		'verdict_month',
		'city',
		'offence',
		'related_attack_date',
		'convicted',
		'trials',
		'sentence_min_years',
		'sentence_max_years',
		'sentence_max_life',
		'sentence_stated',
		'group',
		'summary',
		'section'
	],
	websites: [
		'id',
		'measure',
		'websites',
		'agency',
		'period_start',
		'period_end',
		'summary',
		'section'
	],
	events: ['id', 'date', 'theme', 'summary', 'section'],
	participants: ['event_id', 'country']
};
