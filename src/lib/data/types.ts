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

/** How precise a date is: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export type IncidentKind = 'explosion' | 'security operation';
/** The incident kinds, in the order the dashboard states deaths: security operations first. */
export const INCIDENT_KINDS: readonly IncidentKind[] = ['security operation', 'explosion'];

/** Who was killed, as the report describes them; never a guess. */
export type KilledDescribed = 'suspects' | 'not stated';

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
	killed_described: KilledDescribed;
	/** The place in places.csv; null exactly when `place` is. */
	place_id: string | null;
}

/** What `convicted` counts. */
export type ConvictedUnit = 'people' | 'media outlets';

/** A row of convictions.csv: a court case, or convictions the report gives only in words. */
export interface ConvictionRow {
	id: string;
	/** YYYY-MM, or YYYY when the report gives only the year. */
	verdict_month: string;
	verdict_month_precision: Precision;
	/** null: the report ties the convictions to no city. */
	city: string | null;
	offence: string;
	/** YYYY-MM or YYYY-MM-DD; null when the case concerns no attack. */
	related_attack_date: string | null;
	related_attack_date_precision: Precision | null;
	/** null: the report gives the number only in words (`convicted_words`). */
	convicted: number | null;
	/** The report's word for a number it does not give, such as "dozens"; null when it gives the number. */
	convicted_words: string | null;
	convicted_unit: ConvictedUnit;
	/** null: not stated. */
	trials: number | null;
	/** null: not stated. */
	sentence_min_years: number | null;
	/** null: not stated, or the longest sentence is life. */
	sentence_max_years: number | null;
	/** null: the report gives no sentence (`sentence_stated` is false). */
	sentence_max_life: boolean | null;
	sentence_stated: boolean;
	group: string | null;
	summary: string;
	section: Section;
	/** The place in places.csv that `city` names; null exactly when `city` is. */
	place_id: string | null;
}

/** A court case the report details: a number of people convicted in a named city, in a given month. */
export interface Conviction extends ConvictionRow {
	city: string;
	convicted: number;
	convicted_words: null;
	convicted_unit: 'people';
}

export type WebsiteMeasure = 'reviewed' | 'shut_down';

export interface WebsiteFigure {
	id: string;
	measure: WebsiteMeasure;
	websites: number;
	agency: string;
	/** YYYY-MM, or YYYY when the report gives the year only. */
	period_start: string;
	period_start_precision: Precision;
	/** YYYY-MM or YYYY; null when the report gives no end date. */
	period_end: string | null;
	period_end_precision: Precision | null;
	summary: string;
	section: Section;
}

export type Theme =
	'incident' | 'justice' | 'legislation' | 'cooperation' | 'oversight' | 'administration';

/** A row of events.csv: a development the report names, dated as precisely as the report dates it. */
export interface EventRow {
	id: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the report; null when it gives no date. */
	date: string | null;
	date_precision: Precision | null;
	theme: Theme;
	/** A short name, as the timeline labels it. */
	label: string;
	summary: string;
	section: Section;
	/** Where the report places the development (places.csv); null when it names no place. */
	place_id: string | null;
	/** A quantity the report gives for the development that no other table counts; null when not given in figures. */
	count: number | null;
	/** The report's word for that quantity when it gives no number, such as "several". */
	count_words: string | null;
	/** What `count` or `count_words` counts, e.g. "religious communities". */
	count_unit: string | null;
}

/** A development dated to its month or day, the ones a timeline can place. */
export interface ReportEvent extends EventRow {
	date: string;
	date_precision: 'day' | 'month';
}

/** What a row of places.csv is: a city or town, a spot the report gives only as near one, or a region. */
export type PlaceKind = 'city' | 'area' | 'region';

/**
 * How the position is known: `point` the gazetteer's point for the place; `near` the report gives it
 * only as near `near_place_id`, whose point lat/lon repeat; `none` a region named with no boundary.
 */
export type PlacePrecision = 'point' | 'near' | 'none';

/** A place the report names. */
export interface Place {
	id: string;
	/** As the report writes it. */
	name: string;
	/** The GeoNames name where it differs from the report's (Uralsk is "Oral"). */
	gazetteer_name: string | null;
	kind: PlaceKind;
	/** Decimal degrees (WGS 84), from GeoNames; null for a region with no position. */
	lat: number | null;
	lon: number | null;
	geonames_id: number | null;
	precision: PlacePrecision;
	/** The place whose point stands for this one, when precision is `near`. */
	near_place_id: string | null;
	/** The region the report puts the place in. */
	region_id: string | null;
	section: Section;
}

export interface Participant {
	event_id: string;
	country: string;
	/** ISO 3166-1 numeric code of the country, as Natural Earth's outlines carry it, e.g. "398". */
	country_code: string;
}

/** The whole data package, validated. */
export interface Dataset {
	incidents: Incident[];
	convictions: ConvictionRow[];
	websites: WebsiteFigure[];
	events: EventRow[];
	participants: Participant[];
	places: Place[];
}

export type ResourceName = keyof Dataset;

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
		'section',
		'killed_described',
		'place_id'
	],
	convictions: [
		'id',
		'verdict_month',
		'verdict_month_precision',
		'city',
		'offence',
		'related_attack_date',
		'related_attack_date_precision',
		'convicted',
		'convicted_words',
		'convicted_unit',
		'trials',
		'sentence_min_years',
		'sentence_max_years',
		'sentence_max_life',
		'sentence_stated',
		'group',
		'summary',
		'section',
		'place_id'
	],
	websites: [
		'id',
		'measure',
		'websites',
		'agency',
		'period_start',
		'period_start_precision',
		'period_end',
		'period_end_precision',
		'summary',
		'section'
	],
	events: [
		'id',
		'date',
		'date_precision',
		'theme',
		'label',
		'summary',
		'section',
		'place_id',
		'count',
		'count_words',
		'count_unit'
	],
	participants: ['event_id', 'country', 'country_code'],
	places: [
		'id',
		'name',
		'gazetteer_name',
		'kind',
		'lat',
		'lon',
		'geonames_id',
		'precision',
		'near_place_id',
		'region_id',
		'section'
	]
};

/** Every table of the package, in the order it lists them. */
export const RESOURCE_NAMES = Object.keys(COLUMNS) as readonly ResourceName[];
