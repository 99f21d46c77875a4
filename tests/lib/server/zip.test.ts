import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, zipTime } from '../../../src/lib/server/zip.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

const { descriptor } = loadPackageFrom(process.cwd());

describe('zipTime', () => {
	it.each<[string, [number, number, number, number, number]]>([
		['2026-11-26T00:00:00Z', [2026, 10, 26, 0, 0]],
		['2013-05-30T12:34:00Z', [2013, 4, 30, 12, 34]],
		['2013-05-30T12:34:00+02:00', [2013, 4, 30, 10, 34]]
	])('%s is written with the UTC fields as local fields', (created, fields) => {
		const d = zipTime(created);
		expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual(
			fields
		);
	});

	it('rejects a created that is not a date-time', () => {
		expect(() => zipTime('26 November')).toThrow(/date-time/);
	});
});

describe('the data ZIP', () => {
	const zip = buildZip();

	it('is the same bytes every time it is built from the same data', () => {
		expect(Buffer.from(buildZip()).equals(Buffer.from(zip))).toBe(true);
	});

	it('dates every entry to the data version’s created date, not the build’s', () => {
		// Local file headers: signature PK\\x03\\x04, DOS date at offset 12.
		const bytes = Buffer.from(zip);
		const [y, m, d] = descriptor.created.slice(0, 10).split('-').map(Number) as [
			number,
			number,
			number
		];
		const expected = ((y - 1980) << 9) | (m << 5) | d;
		let count = 0;
		for (
			let i = bytes.indexOf('PK\u0003\u0004', 0, 'latin1');
			i >= 0;
			i = bytes.indexOf('PK\u0003\u0004', i + 4, 'latin1')
		) {
			expect(bytes.readUInt16LE(i + 12)).toBe(expected);
			count++;
		}
		expect(count).toBeGreaterThan(5);
	});

	it('holds the changelog, and a README citing the data version and its address', () => {
		const files = unzipSync(zip);
		expect(Object.keys(files)).toContain('CHANGELOG.md');
		const readme = strFromU8(files['README.md'] ?? new Uint8Array());
		expect(readme).toContain(`Version ${descriptor.version}`);
		expect(readme).toMatch(/https?:\/\/\S+\/data\//);
		expect(readme).toContain('CC0 1.0');
	});
});
