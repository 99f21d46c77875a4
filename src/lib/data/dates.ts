const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** true for a real calendar day such as 2012-02-29, false for 2012-02-30. */
export function isCalendarDate(text: string): boolean {
	const m = DATE.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	// setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
	const date = new Date(0);
	date.setUTCFullYear(y, mo - 1, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isYearMonth(text: string): boolean {
	const m = YEAR_MONTH.exec(text);
	return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}
