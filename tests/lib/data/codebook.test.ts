import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECISION_COLUMNS } from '../../../src/lib/data/rules.ts';
import { RESOURCE_NAMES } from '../../../src/lib/data/types.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

const { descriptor, data } = loadPackageFrom(process.cwd());
const codebook = readFileSync('static/data/README.md', 'utf8');
const changelog = readFileSync('static/data/CHANGELOG.md', 'utf8');
const raw = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8')) as {
	version: string;
	created: string;
};

/** The text of the codebook from the heading that starts with `start` to the next heading. */
function part(text: string, start: string): string {
	const from = text.indexOf(`\n## ${start}`);
	const to = text.indexOf('\n## ', from + 1);
	return from < 0 ? '' : text.slice(from, to < 0 ? undefined : to);
}

/** The column names a codebook table lists, in order. */
const listed = (section: string) => [...section.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]);

describe('the codebook', () => {
	it.each(RESOURCE_NAMES)('lists exactly the columns of %s.csv, in order', (name) => {
		const fields = descriptor.resources.find((r) => r.name === name)?.schema.fields ?? [];
		expect(listed(part(codebook, `${name}.csv`))).toEqual(fields.map((f) => f.name));
	});

	it('names every section heading the schema allows, and no other', () => {
		const allowed = new Set(
			descriptor.resources.flatMap(
				(r) => r.schema.fields.find((f) => f.name === 'section')?.constraints?.enum ?? []
			)
		);
		const line = codebook.split('\n').find((l) => l.startsWith('- `section`')) ?? '';
		const named = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((n) => n !== 'section');
		expect(new Set(named)).toEqual(allowed);
	});

	it('explains each precision column, and each has its date column beside it in the schema', () => {
		const table = listed(part(codebook, 'Date precision'));
		expect(table).toEqual(PRECISION_COLUMNS.map(([name, column]) => `${name}.${column}`));
		for (const [name, column] of PRECISION_COLUMNS) {
			const fields = descriptor.resources.find((r) => r.name === name)?.schema.fields ?? [];
			const i = fields.findIndex((f) => f.name === column);
			expect(fields[i + 1]?.name, `${name}.${column}`).toBe(`${column}_precision`);
		}
	});

	it('gives one line for reading the precision in pandas and one for R', () => {
		const section = part(codebook, 'Date precision');
		expect(section.match(/^- pandas: `[^`]+`$/gm)).toHaveLength(1);
		expect(section.match(/^- R: `[^`]+`/gm)).toHaveLength(1);
	});

	it('says what is and is not coded', () => {
		expect(part(codebook, 'What is and is not coded')).toMatch(/Not coded/);
	});
});

describe('the changelog', () => {
	const headings = [...changelog.matchAll(/^## (\S+)(?: \(([^)]+)\))?$/gm)];

	it('opens with the version and created date-time of datapackage.json', () => {
		expect(headings[0]?.[1]).toBe(raw.version);
		expect(headings[0]?.[2]).toBe(raw.created);
	});

	it('dates the package with an RFC 3339 date-time', () => {
		expect(raw.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
	});

	it('has one entry per version, newest first', () => {
		const versions = headings.map((h) => h[1] ?? '');
		const order = (v: string) => v.split('.').map(Number);
		const sorted = [...versions].sort((a, b) => {
			const [x, y] = [order(a), order(b)];
			return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
		});
		expect(versions).toEqual(sorted);
		expect(new Set(versions).size).toBe(versions.length);
	});

	const ids = new Set(
		(['incidents', 'convictions', 'websites', 'events'] as const).flatMap((name) =>
			data[name].map((row) => row.id)
		)
	);
	const renames = [...changelog.matchAll(/Renamed id `([^`]+)` to `([^`]+)`/g)].map((m) => ({
		from: m[1] ?? '',
		to: m[2] ?? ''
	}));
	it('records the renamed ids', () => {
		expect(renames.length).toBeGreaterThan(0);
	});
	it.each(renames)('$from is gone and $to is in the data', ({ from, to }) => {
		expect(ids.has(from)).toBe(false);
		expect(ids.has(to)).toBe(true);
	});
});

describe('CITATION.cff', () => {
	const cff = readFileSync('CITATION.cff', 'utf8');
	it('cites the data version and date of datapackage.json', () => {
		expect(cff).toContain(`version: '${raw.version}'`);
		expect(cff).toContain(`date-released: '${raw.created.slice(0, 10)}'`);
	});
});
