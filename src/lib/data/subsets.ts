/** The rows each chart can draw: the ones with the numbers and dates it needs. */
import type { Conviction, ConvictionRow, EventRow, ReportEvent } from './types.ts';

/** The cases the report details, with a number of people and a city: what the case charts draw. */
export function detailedCases(rows: readonly ConvictionRow[]): Conviction[] {
	return rows.filter(
		(c): c is Conviction =>
			c.convicted !== null &&
			c.city !== null &&
			c.convicted_unit === 'people' &&
			c.verdict_month_precision === 'month'
	);
}

/** The developments dated to a month or a day, in the order of the file. */
export function monthDatedEvents(rows: readonly EventRow[]): ReportEvent[] {
	return rows.filter(
		(e): e is ReportEvent =>
			e.date !== null && (e.date_precision === 'day' || e.date_precision === 'month')
	);
}
