/** Hand-built rows for the data-layer tests; made up, not the published data. */
import type {
	Conviction,
	Incident,
	ReportEvent,
	Theme,
	WebsiteFigure
} from '../../../src/lib/data/types.ts';

/** A made-up incident: `date`, deaths and whether the toll is "at least". */
export function incident(date: string, killed: number, killed_is_minimum = false): Incident {
	return Object.freeze({
		id: `i-${date}-${killed}-${killed_is_minimum}`,
		date,
		date_approximate: false,
		place: null,
		region: null,
		kind: 'explosion',
		summary: 'Made up.',
		killed,
		killed_is_minimum,
		section: '2012 Terrorist Incidents',
		killed_described: 'not stated',
		place_id: null
	});
}

/** A made-up incident, with its toll a lower bound or its date an estimate as asked. */
export function inc(
	date: string,
	killed: number,
	{ minimum = false, approximate = false } = {}
): Incident {
	return { ...incident(date, killed, minimum), date_approximate: approximate };
}

/** A made-up court case; only the fields under test vary. */
export function conviction(id: string, fields: Partial<Omit<Conviction, 'id'>> = {}): Conviction {
	return Object.freeze({
		id,
		verdict_month: '2012-04',
		verdict_month_precision: 'month',
		city: `City ${id}`,
		offence: 'Made up',
		related_attack_date: null,
		related_attack_date_precision: null,
		convicted: 1,
		convicted_words: null,
		convicted_unit: 'people',
		trials: null,
		sentence_min_years: null,
		sentence_max_years: null,
		sentence_max_life: null,
		sentence_stated: false,
		group: null,
		summary: 'Made up.',
		section: 'Legislation, Law Enforcement, and Border Security',
		place_id: null,
		...fields
	});
}

export const range = (id: string, min: number, max: number) =>
	conviction(id, {
		sentence_stated: true,
		sentence_min_years: min,
		sentence_max_years: max,
		sentence_max_life: false
	});
export const toLife = (id: string, min: number) =>
	conviction(id, { sentence_stated: true, sentence_min_years: min, sentence_max_life: true });
export const notStated = (id: string) => conviction(id);

let events = 0;

export function event(date: string, theme: Theme): ReportEvent {
	return Object.freeze({
		id: `event-${++events}`,
		date,
		date_precision: date.length === 10 ? 'day' : 'month',
		theme,
		label: `Made-up development ${events}`,
		summary: 'Made up.',
		section: 'Overview',
		place_id: null,
		count: null,
		count_words: null,
		count_unit: null
	});
}

/** A made-up website figure covering `period_start` to `period_end` (null: no end date given). */
export function website(
	id: string,
	websites: number,
	period_start: string,
	period_end: string | null,
	measure: WebsiteFigure['measure'] = 'reviewed'
): WebsiteFigure {
	return {
		id,
		measure,
		websites,
		agency: 'Made-up Agency',
		period_start,
		period_start_precision: period_start.length === 4 ? 'year' : 'month',
		period_end,
		period_end_precision: period_end === null ? null : period_end.length === 4 ? 'year' : 'month',
		summary: 'A made-up website figure.',
		section: 'Countering Radicalization and Violent Extremism'
	};
}
