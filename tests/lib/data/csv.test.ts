import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv, type CsvValue } from '../../../src/lib/data/csv.ts';

/** Cells a spreadsheet would run as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number literal: a spreadsheet reads it as a number, so a leading minus is harmless. */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** RFC 4180 with "\n" line ends (the dialect datapackage.json declares): quoted or plain fields. */
const RFC4180 = /^(?:(?:"(?:[^"]|"")*"|[^",\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^",\r\n]*))*\n)*$/;

const HOSTILE: { name: string; value: CsvValue }[] = [
	{ name: 'formula =1+2', value: '=1+2' },
	{ name: 'formula +SUM(A1)', value: '+SUM(A1)' },
	{ name: 'formula -2+3', value: '-2+3' },
	{ name: 'formula @cmd', value: '@cmd' },
	{ name: 'tab then formula', value: '\t=x' },
	{ name: 'carriage return then formula', value: '\r=x' },
	{ name: 'HYPERLINK formula with quotes and a comma', value: '=HYPERLINK("http://x","y")' },
	{ name: 'a lone =', value: '=' },
	{ name: 'a lone -', value: '-' },
	{ name: 'text that looks like a negative number', value: '-5' },
	{ name: 'space then formula', value: ' =1+2' },
	{ name: 'newline then formula', value: '\n=x' },
	{ name: 'commas', value: 'Almaty, Atyrau, Taraz' },
	{ name: 'quotes', value: 'the so-called "extremist materials"' },
	{ name: 'only a quote', value: '"' },
	{ name: 'two quotes', value: '""' },
	{ name: 'embedded \\n', value: 'first line\nsecond line' },
	{ name: 'embedded \\r\\n', value: 'first line\r\nsecond line' },
	{ name: 'trailing newline', value: 'ends with a newline\n' },
	{ name: 'a leading apostrophe', value: "'quoted" },
	{ name: 'two leading apostrophes', value: "''quoted" },
	{ name: 'an apostrophe then a formula', value: "'=1+2" },
	{ name: 'Kazakh place name', value: 'Құлсары' },
	{ name: 'Russian place names', value: 'Атырау, Уральск' },
	{ name: 'emoji, with a ZWJ sequence and a flag', value: '👩‍👩‍👧 🇰🇿 🙂' },
	{ name: 'a 10,000-character cell', value: 'Ж,"é\n'.repeat(2000) },
	{ name: 'leading and trailing spaces', value: '  padded  ' },
	{ name: 'empty string', value: '' },
	{ name: 'null', value: null },
	{ name: 'undefined', value: undefined },
	{ name: 'zero', value: 0 },
	{ name: 'negative integer', value: -5 },
	{ name: 'negative fraction', value: -0.25 },
	{ name: 'positive integer', value: 1800 },
	{ name: 'fraction', value: 3.5 },
	{ name: 'true', value: true },
	{ name: 'false', value: false }
];

/** What a cell should read as after a round trip: numbers and booleans as text, null as empty. */
function asText(value: CsvValue): string {
	return value === null || value === undefined ? '' : String(value);
}

/** The same hostile value in every position of a row, next to plain cells. */
const COLUMNS = ['before', 'value', 'after'] as const;
type Row = Record<(typeof COLUMNS)[number], CsvValue>;
const ROWS: Row[] = HOSTILE.map(({ value }) => ({ before: 'plain', value, after: value }));
const TEXT = toCsv(ROWS, [...COLUMNS]);

describe('toCsv and parseCsv, hostile cells', () => {
	it('has a 10,000-character cell among the fixtures', () => {
		expect(HOSTILE.some(({ value }) => typeof value === 'string' && value.length === 10_000)).toBe(
			true
		);
	});

	it.each(HOSTILE)('$name: a one-cell row parses back to the original', ({ value }) => {
		const [row] = parseCsv(toCsv([{ cell: value }], ['cell']));
		expect(row).toEqual({ cell: asText(value) });
	});

	it('a table of every hostile cell parses back to exactly the original values', () => {
		const expected = ROWS.map((row) => ({
			before: asText(row.before),
			value: asText(row.value),
			after: asText(row.after)
		}));
		expect(parseCsv(TEXT)).toEqual(expected);
	});

	it('no raw cell starts like a formula, except plain numbers', () => {
		const unsafe = csvParseRows(TEXT)
			.flat()
			.filter((cell) => FORMULA_START.test(cell) && !NUMBER.test(cell));
		expect(unsafe).toEqual([]);
	});

	it('is RFC 4180: quoted or plain fields, one record per row, the same number of cells in each', () => {
		expect(TEXT).toMatch(RFC4180);
		const records = csvParseRows(TEXT);
		expect(records).toHaveLength(ROWS.length + 1);
		expect(new Set(records.map((r) => r.length))).toEqual(new Set([COLUMNS.length]));
	});

	it('ends with a newline and has the header first', () => {
		expect(TEXT.startsWith('before,value,after\n')).toBe(true);
		expect(TEXT.endsWith('\n')).toBe(true);
	});

	it('writes only the header for no rows', () => {
		const text = toCsv([] as Row[], [...COLUMNS]);
		expect(csvParseRows(text)).toEqual([[...COLUMNS]]);
		expect(parseCsv(text)).toEqual([]);
	});

	it('writes columns in the order given, not the order of the object keys', () => {
		const text = toCsv([{ b: 2, a: 1 }], ['a', 'b']);
		expect(csvParseRows(text)).toEqual([
			['a', 'b'],
			['1', '2']
		]);
	});

	it('escapes a formula-like column name and reads it back', () => {
		const [row] = parseCsv(toCsv([{ '@handle': 'x' }], ['@handle']));
		expect(csvParseRows(toCsv([{ '@handle': 'x' }], ['@handle']))[0]?.[0]).not.toMatch(
			FORMULA_START
		);
		expect(row).toEqual({ '@handle': 'x' });
	});
});

describe('csvCell', () => {
	/** The cell as a spreadsheet sees it, after CSV unquoting. */
	const seen = (cell: string) => csvParseRows(`${cell},end`)[0]?.[0];

	it.each<[CsvValue, string]>([
		['=1+2', "'=1+2"],
		['+SUM(A1)', "'+SUM(A1)"],
		['-2+3', "'-2+3"],
		['@cmd', "'@cmd"],
		['\t=x', "'\t=x"],
		['\r=x', "'\r=x"],
		["'quoted", "''quoted"],
		['a,b', 'a,b'],
		['say "hi"', 'say "hi"'],
		['Құлсары', 'Құлсары'],
		['', ''],
		[null, ''],
		[undefined, '']
	])('%j is seen by a spreadsheet as %j', (value, expected) => {
		expect(seen(csvCell(value))).toBe(expected);
	});

	it.each<[number | boolean, string]>([
		[-5, '-5'],
		[-0.25, '-0.25'],
		[0, '0'],
		[1800, '1800'],
		[true, 'true'],
		[false, 'false']
	])('%j is written as the bare %s: no quotes, no apostrophe', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});
