import { csvFormatRows, csvFormatValue, csvParse } from 'd3';

/** A cell starting with one of these would run as a formula in a spreadsheet (OWASP "CSV Injection"). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell as safe text: a formula-like start (and a leading apostrophe, so the escape is
 * reversible) gets an apostrophe in front; numbers and booleans stay bare; missing is empty.
 */
export function guardCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return String(value);
	return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** One cell, guarded and quoted per RFC 4180 where needed. */
export function csvCell(value: CsvValue): string {
	return csvFormatValue(guardCell(value));
}

/** Rows to UTF-8 CSV text with a header, in the given column order; empty cells for null. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
	const cells = rows.map((row) =>
		columns.map((column) => guardCell((row as Record<string, CsvValue>)[column]))
	);
	return `${csvFormatRows([columns.map(guardCell), ...cells])}\n`;
}

const unescape = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** Reads CSV made by `toCsv` back to text cells, undoing the formula escape in names and values. */
export function parseCsv(text: string): Record<string, string>[] {
	return csvParse(text).map((row) => {
		const out: Record<string, string> = {};
		for (const [key, value] of Object.entries(row)) out[unescape(key)] = unescape(value ?? '');
		return out;
	});
}
