import { describe, expect, it } from 'vitest';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { packageWords, type PackageText } from '../../../src/lib/server/codebook.ts';
import { loadPackage } from '../../../src/lib/server/data.ts';

const { descriptor } = loadPackage();

describe.each(['ru', 'kk'] as const)('the data page’s words in %s', (locale) => {
	const lang = langFor(locale);
	const words = lang.m.pages.data.package;

	it('describe every column of every table of datapackage.json', () => {
		const missing = descriptor.resources.flatMap((r) =>
			r.schema.fields
				.filter((f) => !words?.fields[r.name]?.[f.name]?.trim())
				.map((f) => `${r.name}.${f.name}`)
		);
		expect(missing).toEqual([]);
	});

	it('describe no column the package does not have', () => {
		const known = new Set(
			descriptor.resources.flatMap((r) => r.schema.fields.map((f) => `${r.name}.${f.name}`))
		);
		const extra = Object.entries(words?.fields ?? {}).flatMap(([r, fields]) =>
			Object.keys(fields)
				.map((f) => `${r}.${f}`)
				.filter((k) => !known.has(k))
		);
		expect(extra).toEqual([]);
	});

	it('give each table, licence and column in the edition’s words, never the English', () => {
		const shown = packageWords(descriptor, lang);
		expect(shown.description).not.toBe(descriptor.description);
		expect(shown.rights).not.toBe(descriptor.rights);
		for (const [i, r] of shown.resources.entries()) {
			const english = descriptor.resources[i];
			expect(r.title).not.toBe(english?.title);
			for (const [j, f] of r.fields.entries())
				expect(f.description, `${r.name}.${f.name}`).not.toBe(
					english?.schema.fields[j]?.description
				);
		}
		expect(shown.licenses).toHaveLength(descriptor.licenses.length);
	});

	it('fail, naming the column, where one has no words', () => {
		const pkg: PackageText = {
			...descriptor,
			resources: [
				{
					name: 'incidents',
					title: 'T',
					description: 'D',
					schema: { fields: [{ name: 'new_column', type: 'string', description: 'New.' }] }
				}
			]
		};
		expect(() => packageWords(pkg, lang)).toThrow(/"new_column" of "incidents"/);
	});
});

describe('the data page’s words in English', () => {
	it('are the package’s own', () => {
		const shown = packageWords(descriptor, langFor('en'));
		expect(shown.description).toBe(descriptor.description);
		expect(shown.resources[0]?.fields[0]?.description).toBe(
			descriptor.resources[0]?.schema.fields[0]?.description
		);
	});
});
