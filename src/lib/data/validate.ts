import * as aq from 'arquero';
import { csvParseRows } from 'd3';
import { FORMULA_START as FORMULA_PREFIX } from './csv.ts';
import { isCalendarDate, isYearMonth } from './dates.ts';
import { DataError } from './errors.ts';
import type { FieldDescriptor, PackageDescriptor, ResourceDescriptor } from './schema.ts';
import { checkDataset } from './rules.ts';
import { COLUMNS, RESOURCE_NAMES, type Dataset, type ResourceName } from './types.ts';

export { isCalendarDate, isYearMonth } from './dates.ts';

/** Where the published files live, as named in error messages. */
export const DATA_DIR = 'static/data';

/** A cell that its column's parser rejected, kept so the error can name its row. */
class Invalid {
	constructor(
		readonly raw: string,
		readonly expected: string
	) {}
}

type Cell = string | number | boolean | null | Invalid;

/** Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV Injection"). */
export { FORMULA_PREFIX };

/** One explicit parser per column type: no type guessing. */
function parserFor(field: FieldDescriptor): (raw: string) => Cell {
	switch (field.type) {
		case 'integer':
			return (raw) => (/^-?\d+$/.test(raw) ? Number(raw) : new Invalid(raw, 'a whole number'));
		case 'number':
			return (raw) =>
				/^-?\d+(\.\d+)?$/.test(raw)
					? Number(raw)
					: new Invalid(raw, 'a decimal number such as 43.25');
		case 'boolean':
			return (raw) =>
				raw === 'true' ? true : raw === 'false' ? false : new Invalid(raw, 'true or false');
		case 'date':
			return (raw) =>
				isCalendarDate(raw) ? raw : new Invalid(raw, 'a calendar date written YYYY-MM-DD');
		case 'yearmonth':
			return (raw) => (isYearMonth(raw) ? raw : new Invalid(raw, 'a month written YYYY-MM'));
		case 'string':
			return (raw) => raw;
	}
}

function describeBound(field: FieldDescriptor): string {
	const { minimum, maximum } = field.constraints ?? {};
	if (minimum !== undefined && maximum !== undefined) return `between ${minimum} and ${maximum}`;
	if (minimum !== undefined) return `at least ${minimum}`;
	return `at most ${maximum}`;
}

/** The package's patterns in words, for error messages. */
const PATTERN_WORDS: Record<string, string> = {
	'^[a-z0-9]+(-[a-z0-9]+)*$':
		'an identifier of lower-case letters and digits, words joined by single hyphens (e.g. kulsary-apartment-raid)',
	'^\\d{4}-\\d{2}(-\\d{2})?$': 'a date written YYYY-MM or YYYY-MM-DD',
	'^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
	'^\\d{4}(-\\d{2})?$': 'a year written YYYY or a month written YYYY-MM'
};

/** Checks one cell against its field's constraints; returns what was expected, or null when it is fine. */
function constraintProblem(field: FieldDescriptor, value: Exclude<Cell, Invalid>): string | null {
	const c = field.constraints ?? {};
	if (value === null) return c.required ? 'a value; this column may not be empty' : null;
	if (typeof value === 'string' && field.type === 'string') {
		if (FORMULA_PREFIX.test(value)) {
			return 'text that does not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula)';
		}
		if (value !== value.trim()) return 'no spaces at the start or end of the cell';
		if (c.maxLength !== undefined && value.length > c.maxLength) {
			return `at most ${c.maxLength} characters (this cell has ${value.length})`;
		}
		if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`).test(value)) {
			return PATTERN_WORDS[c.pattern] ?? `text matching the pattern ${c.pattern}`;
		}
	}
	if (c.enum !== undefined && !c.enum.includes(String(value))) {
		return `one of: ${c.enum.map((e) => JSON.stringify(e)).join(', ')}`;
	}
	if (c.minimum !== undefined && (value as number | string) < c.minimum) {
		return `a value ${describeBound(field)}`;
	}
	if (c.maximum !== undefined && (value as number | string) > c.maximum) {
		return `a value ${describeBound(field)}`;
	}
	return null;
}

function checkHeader(
	file: string,
	header: string[],
	resource: ResourceDescriptor,
	name: ResourceName
) {
	const expected = resource.schema.fields.map((f) => f.name);
	const declared = COLUMNS[name] as readonly string[];
	if (expected.join(',') !== declared.join(',')) {
		throw new DataError(
			`${DATA_DIR}/datapackage.json`,
			null,
			null,
			null,
			`the fields of resource "${name}" to be ${declared.join(', ')} (they are ${expected.join(', ')})`
		);
	}
	const missing = expected.find((column) => !header.includes(column));
	if (missing !== undefined) {
		throw new DataError(
			file,
			null,
			missing,
			null,
			`a header with the column "${missing}" (columns: ${expected.join(', ')})`
		);
	}
	const extra = header.find((column) => !expected.includes(column));
	if (extra !== undefined) {
		throw new DataError(
			file,
			null,
			extra,
			null,
			`only the columns ${expected.join(', ')}; "${extra}" is not one of them`
		);
	}
	const duplicated = header.find((column, i) => header.indexOf(column) !== i);
	if (duplicated !== undefined) {
		throw new DataError(file, null, duplicated, null, 'each column once in the header');
	}
	if (header.join(',') !== expected.join(',')) {
		throw new DataError(
			file,
			null,
			null,
			header.join(','),
			`the columns in this order: ${expected.join(',')}`
		);
	}
}

/** Reads and validates one CSV; returns plain rows with typed values. */
export function readResource(
	name: ResourceName,
	resource: ResourceDescriptor,
	text: string
): { rows: Record<string, string | number | boolean | null>[]; lines: number[] } {
	const file = `${DATA_DIR}/${resource.path}`;
	if (text.charCodeAt(0) === 0xfeff) {
		throw new DataError(
			file,
			null,
			null,
			null,
			'UTF-8 without a byte-order mark at the start of the file'
		);
	}
	if (text.includes('\uFFFD')) {
		throw new DataError(
			file,
			null,
			null,
			null,
			'valid UTF-8 text (the file has bytes that are not UTF-8)'
		);
	}
	const raw = csvParseRows(text);
	const header = raw[0];
	if (header === undefined || header.every((cell) => cell === '')) {
		throw new DataError(file, null, null, null, 'a header row naming the columns');
	}
	checkHeader(file, header, resource, name);
	const width = header.length;
	// File line on which each data row starts; a quoted cell may span lines.
	const lines: number[] = [];
	let line = 1 + header.join('').split('\n').length;
	for (const cells of raw.slice(1)) {
		lines.push(line);
		line += cells.join('').split('\n').length;
	}
	raw.slice(1).forEach((cells, i) => {
		if (cells.length !== width) {
			throw new DataError(
				file,
				i + 1,
				null,
				cells.join(','),
				`${width} comma-separated cells (this row has ${cells.length}${cells.length === 1 && cells[0] === '' ? ': it is blank' : ''})`,
				lines[i]
			);
		}
	});

	const fields = resource.schema.fields;
	const body = raw.slice(1);
	// The rows read once above become a typed table: each column through its own parser, empty cells null.
	const columns = fields.map((field) => {
		const parse = parserFor(field);
		const index = header.indexOf(field.name);
		const values = body.map((cells) => (cells[index] ? parse(cells[index]) : null));
		return [field.name, values] as const;
	});
	const rows = aq.table(Object.fromEntries(columns)).objects() as Record<
		string,
		Cell | undefined
	>[];

	const seen = new Map<string, Map<string, number>>();
	const out = rows.map((row, i) => {
		const typed: Record<string, string | number | boolean | null> = {};
		for (const field of fields) {
			const cell = row[field.name] ?? null;
			if (cell instanceof Invalid) {
				throw new DataError(file, i + 1, field.name, cell.raw, cell.expected, lines[i]);
			}
			const problem = constraintProblem(field, cell);
			if (problem !== null) {
				throw new DataError(
					file,
					i + 1,
					field.name,
					cell === null ? '' : String(cell),
					problem,
					lines[i]
				);
			}
			if (field.constraints?.unique && cell !== null) {
				const values = seen.get(field.name) ?? new Map<string, number>();
				const first = values.get(String(cell));
				if (first !== undefined) {
					throw new DataError(
						file,
						i + 1,
						field.name,
						String(cell),
						`a value not used before in this column (data row ${first} has it too)`,
						lines[i]
					);
				}
				values.set(String(cell), i + 1);
				seen.set(field.name, values);
			}
			typed[field.name] = cell;
		}
		return typed;
	});

	const key = resource.schema.primaryKey ?? [];
	if (key.length > 0) {
		const keys = new Map<string, number>();
		out.forEach((row, i) => {
			const value = key.map((k) => String(row[k])).join(', ');
			const first = keys.get(value);
			if (first !== undefined) {
				throw new DataError(
					file,
					i + 1,
					key.join(' + '),
					value,
					`a combination of ${key.join(' and ')} not used before (data row ${first} has it too)`,
					lines[i]
				);
			}
			keys.set(value, i + 1);
		});
	}
	return { rows: out, lines };
}

/**
 * Validates the whole package: every file against its schema, then primary and foreign keys
 * and the rules that tie columns and files together. Throws a DataError on the first problem.
 */
export function readDataset(descriptor: PackageDescriptor, files: Record<string, string>): Dataset {
	const typed = {} as Record<ResourceName, Record<string, string | number | boolean | null>[]>;
	const lines = {} as Record<ResourceName, number[]>;
	const fileOf = (name: string) =>
		`${DATA_DIR}/${descriptor.resources.find((r) => r.name === name)?.path ?? `${name}.csv`}`;
	for (const name of RESOURCE_NAMES) {
		const resource = descriptor.resources.find((r) => r.name === name);
		if (resource === undefined) {
			throw new DataError(
				`${DATA_DIR}/datapackage.json`,
				null,
				null,
				null,
				`a resource named "${name}"`
			);
		}
		const text = files[resource.path];
		if (text === undefined) {
			throw new DataError(
				`${DATA_DIR}/${resource.path}`,
				null,
				null,
				null,
				'the file to exist (it is listed in datapackage.json)'
			);
		}
		({ rows: typed[name], lines: lines[name] } = readResource(name, resource, text));
	}

	for (const resource of descriptor.resources) {
		for (const fk of resource.schema.foreignKeys ?? []) {
			const target = typed[fk.reference.resource as ResourceName];
			const rows = typed[resource.name as ResourceName];
			if (target === undefined || rows === undefined) continue;
			const known = new Set(
				target.map((row) => fk.reference.fields.map((f) => String(row[f])).join('\u0000'))
			);
			rows.forEach((row, i) => {
				// An empty key points nowhere, as in Frictionless: the column's own rules say when it may be empty.
				if (fk.fields.every((f) => row[f] === null)) return;
				const value = fk.fields.map((f) => String(row[f])).join('\u0000');
				if (!known.has(value)) {
					throw new DataError(
						`${DATA_DIR}/${resource.path}`,
						i + 1,
						fk.fields.join(' + '),
						value.replaceAll('\u0000', ', '),
						`a value of ${fk.reference.fields.join(' + ')} in ${fileOf(fk.reference.resource)}`,
						lines[resource.name as ResourceName]?.[i]
					);
				}
			});
		}
	}

	const dataset = typed as unknown as Dataset;
	checkDataset(dataset, fileOf, (name, row) => lines[name]?.[row - 1] ?? null);
	return dataset;
}
