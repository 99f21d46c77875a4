import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/errors.ts';
import { FORMULA_PREFIX, isCalendarDate, isYearMonth } from '../../../src/lib/data/validate.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';
import { packageWith, removeScratch } from './fixtures.ts';

const ROOT = process.cwd();
const BAD = join(ROOT, 'tests/fixtures/bad');

/** What a fixture's expected.json promises about the error. */
interface Expected {
	file: string;
	row: number | null;
	column: string | null;
	/** A substring the message must contain. */
	message: string;
}

afterAll(removeScratch);

/** The error loadPackageFrom throws, or a failure when it does not throw. */
function loadError(root: string): unknown {
	try {
		loadPackageFrom(root);
	} catch (error) {
		return error;
	}
	throw new Error('expected the package to be rejected, but it loaded');
}

const fixtures = readdirSync(BAD, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => {
		const dir = join(BAD, entry.name);
		const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
		return { name: entry.name, dir, expected };
	});

describe('malformed data fixtures', () => {
	it('has enough fixtures, each replacing or patching at least one file', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(18);
		for (const { dir } of fixtures) {
			expect(readdirSync(dir).filter((f) => f !== 'expected.json').length).toBeGreaterThan(0);
		}
	});

	it.each(fixtures)(
		'$name is rejected with the right file, row, column and message',
		({ dir, expected }) => {
			const error = loadError(packageWith(dir));
			expect(error).toBeInstanceOf(DataError);
			const e = error as DataError;
			expect({ file: e.file, row: e.row, column: e.column }).toEqual({
				file: expected.file,
				row: expected.row,
				column: expected.column
			});
			expect(e.message).toContain(expected.message);
		}
	);

	it.each(fixtures)(
		'$name: the message names the file, data row and column',
		({ dir, expected }) => {
			const { message } = loadError(packageWith(dir)) as Error;
			expect(message).toContain(expected.file);
			if (expected.row !== null) expect(message).toContain(`data row ${expected.row}`);
			if (expected.column !== null) expect(message).toContain(`column "${expected.column}"`);
		}
	);
});

describe('the good package', () => {
	it('loads from a copy with no fixture applied', () => {
		const { data } = loadPackageFrom(packageWith());
		// Counts from the report: four incidents, three court cases and two counts in words, two website figures.
		expect(data.incidents).toHaveLength(4);
		expect(data.convictions).toHaveLength(5);
		expect(data.websites).toHaveLength(2);
	});

	it('types cells: integers as numbers, booleans as booleans, empty cells as null', () => {
		const { data } = loadPackageFrom(ROOT);
		const raid = data.incidents.find((i) => i.place === 'Kulsary');
		expect(raid).toMatchObject({ killed: 2, killed_is_minimum: true, date_approximate: false });
		const unnamed = data.incidents.find((i) => i.date === '2012-08-17');
		expect(unnamed?.place).toBeNull();
		const uralsk = data.convictions.find((c) => c.city === 'Uralsk');
		expect(uralsk).toMatchObject({
			sentence_stated: false,
			sentence_min_years: null,
			sentence_max_years: null,
			trials: null
		});
	});
});

describe('DataError', () => {
	type Args = ConstructorParameters<typeof DataError>;
	it.each<{ args: Args; parts: string[] }>([
		{
			args: ['static/data/a.csv', 3, 'killed', 'x', 'a whole number'],
			parts: ['static/data/a.csv', 'data row 3', 'column "killed"', '"x"', 'a whole number']
		},
		{
			args: ['static/data/a.csv', null, null, null, 'a header'],
			parts: ['static/data/a.csv', 'expected a header']
		},
		{
			args: ['static/data/b.csv', 1, 'city', '', 'a value'],
			parts: ['static/data/b.csv', 'data row 1', 'column "city"', 'found ""']
		}
	])('message of $args names $parts', ({ args, parts }) => {
		const error = new DataError(...args);
		for (const part of parts) expect(error.message).toContain(part);
		expect(error.name).toBe('DataError');
	});

	it('does not mention a row or column it does not have', () => {
		const { message } = new DataError('static/data/a.csv', null, null, null, 'a header');
		expect(message).not.toMatch(/row|column/);
	});
});

describe('isCalendarDate', () => {
	it.each([
		['2012-07-11', true],
		['2012-02-29', true], // 2012 is a leap year
		['2011-02-29', false],
		['2000-02-29', true], // divisible by 400
		['1900-02-29', false], // divisible by 100, not 400
		['2012-02-30', false],
		['2012-04-31', false],
		['2012-12-31', true],
		['2012-13-01', false],
		['2012-00-10', false],
		['2012-01-00', false],
		['2012-1-05', false],
		['2012-01-5', false],
		['12-01-05', false],
		['2012/01/05', false],
		['2012-01-05T00:00', false],
		[' 2012-01-05', false],
		['2012-01-05 ', false],
		['2012-01', false],
		['', false],
		['0012-06-15', true] // a real day of year 12; Date.UTC maps years 0-99 to 1900-1999
	])('%j → %s', (text, expected) => {
		expect(isCalendarDate(text)).toBe(expected);
	});
});

describe('isYearMonth', () => {
	it.each([
		['2012-01', true],
		['2012-12', true],
		['2010-01', true],
		['2012-00', false],
		['2012-13', false],
		['2012-1', false],
		['2012-001', false],
		['2012-07-11', false],
		['2012', false],
		['2012/07', false],
		[' 2012-07', false],
		['', false]
	])('%j → %s', (text, expected) => {
		expect(isYearMonth(text)).toBe(expected);
	});
});

describe('FORMULA_PREFIX', () => {
	it.each([
		['=1+2', true],
		['+SUM(A1)', true],
		['-2+3', true],
		['@cmd', true],
		['\t=x', true],
		['\r=x', true],
		['Almaty', false],
		["'=1", false],
		[' =1', false],
		['1-2', false],
		['', false]
	])('%j → %s', (text, expected) => {
		expect(FORMULA_PREFIX.test(text)).toBe(expected);
	});
});
