import { DataError } from './errors.ts';
import { isCalendarDate } from './dates.ts';
import type { Dataset, ResourceName } from './types.ts';

/** The year the report covers; every dated development must fall inside it. */
export const REPORT_YEAR = '2012';

const DATEISH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function validDateish(text: string): boolean {
	const m = DATEISH.exec(text);
	if (!m) return false;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return false;
	return m[3] === undefined || isCalendarDate(text);
}

/** "2010" or "2012-09": a year, or a month that exists. */
function validPeriod(text: string): boolean {
	return /^\d{4}$/.test(text) || (/^\d{4}-\d{2}$/.test(text) && validDateish(text));
}

/**
 * Rules that tie columns and files together, beyond what datapackage.json can say.
 * `fileOf` names the file of a resource for the error message.
 */
export function checkDataset(
	data: Dataset,
	fileOf: (name: ResourceName) => string,
	lineOf: (name: ResourceName, row: number) => number | null = () => null
): void {
	const fail = (
		name: ResourceName,
		row: number,
		column: string,
		value: unknown,
		expected: string
	): never => {
		throw new DataError(
			fileOf(name),
			row,
			column,
			value === null ? '' : String(value),
			expected,
			lineOf(name, row)
		);
	};

	data.convictions.forEach((c, i) => {
		const row = i + 1;
		const { sentence_min_years: min, sentence_max_years: max } = c;
		if (!c.sentence_stated) {
			if (min !== null)
				fail(
					'convictions',
					row,
					'sentence_min_years',
					min,
					'an empty cell: sentence_stated is false, so no sentence is known (never write 0 for "not stated")'
				);
			if (max !== null)
				fail(
					'convictions',
					row,
					'sentence_max_years',
					max,
					'an empty cell: sentence_stated is false, so no sentence is known (never write 0 for "not stated")'
				);
			if (c.sentence_max_life)
				fail(
					'convictions',
					row,
					'sentence_max_life',
					true,
					'false: sentence_stated is false, so no sentence is known'
				);
		} else {
			if (min === null)
				fail(
					'convictions',
					row,
					'sentence_min_years',
					min,
					'the shortest term in years, since sentence_stated is true'
				);
			if (max === null && !c.sentence_max_life) {
				fail(
					'convictions',
					row,
					'sentence_max_years',
					max,
					'the longest term in years, or sentence_max_life=true when it is life'
				);
			}
		}
		if (c.sentence_max_life && max !== null) {
			fail(
				'convictions',
				row,
				'sentence_max_years',
				max,
				'an empty cell: sentence_max_life is true, and life is not a number of years'
			);
		}
		if (min !== null && max !== null && min > max) {
			fail(
				'convictions',
				row,
				'sentence_min_years',
				min,
				`a shortest term no longer than the longest (${max} years)`
			);
		}
		if (c.related_attack_date !== null) {
			if (!validDateish(c.related_attack_date)) {
				fail(
					'convictions',
					row,
					'related_attack_date',
					c.related_attack_date,
					'a real date written YYYY-MM or YYYY-MM-DD'
				);
			}
			if (c.related_attack_date.slice(0, 7) > c.verdict_month) {
				fail(
					'convictions',
					row,
					'related_attack_date',
					c.related_attack_date,
					`a date no later than the verdict month (${c.verdict_month})`
				);
			}
		}
	});

	data.websites.forEach((w, i) => {
		for (const column of ['period_start', 'period_end'] as const) {
			const value = w[column];
			if (value !== null && !validPeriod(value)) {
				fail(
					'websites',
					i + 1,
					column,
					value,
					'a year written YYYY or a month written YYYY-MM, with a month from 01 to 12'
				);
			}
		}
		// A year-only start counts from its January, a year-only end to its December.
		const from = w.period_start.length === 4 ? `${w.period_start}-01` : w.period_start;
		const to =
			w.period_end === null
				? null
				: w.period_end.length === 4
					? `${w.period_end}-12`
					: w.period_end;
		if (to !== null && from > to) {
			fail(
				'websites',
				i + 1,
				'period_start',
				w.period_start,
				`a month no later than period_end (${w.period_end})`
			);
		}
	});

	data.events.forEach((e, i) => {
		if (!validDateish(e.date))
			fail('events', i + 1, 'date', e.date, 'a real date written YYYY-MM or YYYY-MM-DD');
		if (!e.date.startsWith(`${REPORT_YEAR}-`)) {
			fail('events', i + 1, 'date', e.date, `a date in ${REPORT_YEAR}, the year the report covers`);
		}
	});

	// Each incident is also a dated development; the two files must agree on its date.
	const events = new Map(data.events.map((e) => [e.id, e]));
	data.incidents.forEach((incident, i) => {
		const event = events.get(incident.id);
		if (event === undefined) {
			fail(
				'incidents',
				i + 1,
				'id',
				incident.id,
				'an event with the same id in events.csv (every incident is a dated development)'
			);
		} else if (event.theme !== 'incident') {
			fail(
				'events',
				data.events.indexOf(event) + 1,
				'theme',
				event.theme,
				`"incident", since ${incident.id} is in incidents.csv`
			);
		} else {
			const expected = incident.date_approximate ? incident.date.slice(0, 7) : incident.date;
			if (event.date !== expected) {
				fail(
					'events',
					data.events.indexOf(event) + 1,
					'date',
					event.date,
					`${expected}, the date of incident ${incident.id}${incident.date_approximate ? ' to the month, since that date is an estimate' : ''}`
				);
			}
		}
	});
	const incidentIds = new Set(data.incidents.map((d) => d.id));
	data.events.forEach((e, i) => {
		if (e.theme === 'incident' && !incidentIds.has(e.id)) {
			fail(
				'events',
				i + 1,
				'id',
				e.id,
				'an incident with the same id in incidents.csv, since its theme is "incident"'
			);
		}
	});
}
