import { csvParse } from 'd3';

/** A cell starting with one of these would run as a formula in a spreadsheet (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One text cell, made safe: a formula-like start (and a leading apostrophe, so the escape is
 * reversible) gets an apostrophe in front, and the cell is quoted per RFC 4180 where needed.
 */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return String(value);
	const text = FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to UTF-8 CSV text with a header, in the given column order; empty cells for null. */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) {
		const cells = row as Record<string, CsvValue>;
		lines.push(columns.map((column) => csvCell(cells[column])).join(','));
	}
	return lines.join('\n') + '\n';
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
