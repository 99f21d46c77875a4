import { DataError } from './errors.ts';
import { isCalendarDate } from './dates.ts';
import type { Dataset, Precision, ResourceName } from './types.ts';

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

/** The precision a date's shape shows: YYYY-MM-DD a day, YYYY-MM a month, YYYY a year; null for anything else. */
export function precisionOf(text: string): Precision | null {
	if (/^\d{4}$/.test(text)) return 'year';
	if (/^\d{4}-\d{2}$/.test(text)) return 'month';
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'day';
	return null;
}

/** Each date column whose precision varies, with its sibling `<column>_precision`. */
export const PRECISION_COLUMNS = [
	['events', 'date'],
	['websites', 'period_start'],
	['websites', 'period_end'],
	['convictions', 'verdict_month'],
	['convictions', 'related_attack_date']
] as const;

/** What is wrong with a date and its precision, or null: both empty, or the precision matching the shape. */
export function precisionProblem(
	column: string,
	value: string | null,
	precision: Precision | null
): { column: string; value: string | null; expected: string } | null {
	const sibling = `${column}_precision`;
	if (value === null) {
		return precision === null
			? null
			: {
					column: sibling,
					value: precision,
					expected: `an empty cell: ${column} is empty, so it has no precision`
				};
	}
	const shown = precisionOf(value);
	if (precision === null) {
		return {
			column: sibling,
			value: null,
			expected: `the precision of ${column} (${shown ?? 'day, month or year'}), since ${column} is not empty`
		};
	}
	if (shown !== precision) {
		return {
			column: sibling,
			value: precision,
			expected: `${shown ?? 'the precision of the date'}, the precision ${column} is written to (${value})`
		};
	}
	return null;
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
			if (c.sentence_max_life !== null)
				fail(
					'convictions',
					row,
					'sentence_max_life',
					c.sentence_max_life,
					'an empty cell: sentence_stated is false, so no sentence is known (false would claim "not life")'
				);
		} else {
			if (c.sentence_max_life === null)
				fail(
					'convictions',
					row,
					'sentence_max_life',
					null,
					'true or false, since sentence_stated is true'
				);
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
		if (c.convicted === null && c.convicted_words === null) {
			fail(
				'convictions',
				row,
				'convicted',
				null,
				'the number convicted, or the word the report uses for it in convicted_words'
			);
		}
		if (c.convicted !== null && c.convicted_words !== null) {
			fail(
				'convictions',
				row,
				'convicted_words',
				c.convicted_words,
				'an empty cell: convicted holds the number, so there is no word for it'
			);
		}
		if (!validPeriod(c.verdict_month)) {
			fail(
				'convictions',
				row,
				'verdict_month',
				c.verdict_month,
				'a year written YYYY or a month written YYYY-MM, with a month from 01 to 12'
			);
		}
		if (!c.verdict_month.startsWith(REPORT_YEAR)) {
			fail(
				'convictions',
				row,
				'verdict_month',
				c.verdict_month,
				`a verdict in ${REPORT_YEAR}, the year the report covers`
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
		if (e.date === null) return;
		if (!/^\d{4}$/.test(e.date) && !validDateish(e.date))
			fail('events', i + 1, 'date', e.date, 'a real date written YYYY, YYYY-MM or YYYY-MM-DD');
		if (e.date.slice(0, 4) !== REPORT_YEAR) {
			fail('events', i + 1, 'date', e.date, `a date in ${REPORT_YEAR}, the year the report covers`);
		}
	});

	for (const [name, column] of PRECISION_COLUMNS) {
		const rows = data[name] as unknown as Record<string, string | null>[];
		rows.forEach((row, i) => {
			const problem = precisionProblem(
				column,
				row[column] ?? null,
				(row[`${column}_precision`] ?? null) as Precision | null
			);
			if (problem !== null) fail(name, i + 1, problem.column, problem.value, problem.expected);
		});
	}

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
	checkPlaces(data, fail);
}

type Fail = (
	name: ResourceName,
	row: number,
	column: string,
	value: unknown,
	expected: string
) => never;

/** Rules that tie places.csv to itself and to the tables that point to it. */
function checkPlaces(data: Dataset, fail: Fail): void {
	const places = new Map(data.places.map((p) => [p.id, p]));
	data.places.forEach((p, i) => {
		const row = i + 1;
		if ((p.lat === null) !== (p.lon === null)) {
			fail('places', row, p.lat === null ? 'lat' : 'lon', null, 'a value: lat and lon go together');
		}
		if (p.precision === 'none') {
			if (p.lat !== null)
				fail('places', row, 'lat', p.lat, 'an empty cell: precision none has no position');
			if (p.kind !== 'region')
				fail(
					'places',
					row,
					'precision',
					p.precision,
					'point or near: only a region has no position'
				);
		} else if (p.lat === null) {
			fail('places', row, 'lat', null, `a latitude: precision ${p.precision} needs a position`);
		}
		if (p.kind === 'region' && p.precision !== 'none') {
			fail('places', row, 'precision', p.precision, 'none: a region is named without a boundary');
		}
		if ((p.precision === 'near') !== (p.near_place_id !== null)) {
			fail(
				'places',
				row,
				'near_place_id',
				p.near_place_id,
				p.precision === 'near'
					? 'the place this one is near, since precision is near'
					: 'an empty cell: only a place of precision near is near another'
			);
		}
		if ((p.kind === 'area') !== (p.precision === 'near')) {
			fail(
				'places',
				row,
				'precision',
				p.precision,
				p.kind === 'area' ? 'near, for an area' : 'point, for a city'
			);
		}
		const near = p.near_place_id === null ? undefined : places.get(p.near_place_id);
		if (near && (near.lat !== p.lat || near.lon !== p.lon)) {
			fail(
				'places',
				row,
				'lat',
				p.lat,
				`the position of ${near.id} (${near.lat}, ${near.lon}), the place it is near`
			);
		}
		if (near && near.precision !== 'point') {
			fail('places', row, 'near_place_id', p.near_place_id, 'a place with a point of its own');
		}
		const region = p.region_id === null ? undefined : places.get(p.region_id);
		if (region && region.kind !== 'region') {
			fail('places', row, 'region_id', p.region_id, 'a place of kind region');
		}
	});

	data.incidents.forEach((d, i) => {
		if ((d.place === null) !== (d.place_id === null)) {
			fail(
				'incidents',
				i + 1,
				'place_id',
				d.place_id,
				d.place === null
					? 'an empty cell, since place is empty'
					: `the id in places.csv of ${d.place}`
			);
		}
	});
	data.convictions.forEach((c, i) => {
		if ((c.city === null) !== (c.place_id === null)) {
			fail(
				'convictions',
				i + 1,
				'place_id',
				c.place_id,
				c.city === null ? 'an empty cell, since city is empty' : `the id in places.csv of ${c.city}`
			);
		}
		const place = c.place_id === null ? undefined : places.get(c.place_id);
		if (place && place.name !== c.city) {
			fail(
				'convictions',
				i + 1,
				'place_id',
				c.place_id,
				`a place named ${c.city}, the case's city`
			);
		}
	});
	const incidents = new Map(data.incidents.map((d) => [d.id, d]));
	data.events.forEach((e, i) => {
		const row = i + 1;
		if (e.count !== null && e.count_words !== null) {
			fail(
				'events',
				row,
				'count_words',
				e.count_words,
				'an empty cell: count already gives the number'
			);
		}
		if ((e.count === null && e.count_words === null) !== (e.count_unit === null)) {
			fail(
				'events',
				row,
				'count_unit',
				e.count_unit,
				e.count_unit === null
					? 'what count or count_words counts'
					: 'an empty cell: count and count_words are empty'
			);
		}
		const incident = incidents.get(e.id);
		if (incident && incident.place_id !== e.place_id) {
			fail(
				'events',
				row,
				'place_id',
				e.place_id,
				`${incident.place_id ?? 'an empty cell'}, the place of incident ${incident.id}`
			);
		}
	});
	const codes = new Map<string, string>();
	data.participants.forEach((p, i) => {
		const known = codes.get(p.country);
		if (known !== undefined && known !== p.country_code) {
			fail(
				'participants',
				i + 1,
				'country_code',
				p.country_code,
				`${known}, the code ${p.country} has above`
			);
		}
		codes.set(p.country, p.country_code);
	});
}
