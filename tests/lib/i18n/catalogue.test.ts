import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/catalogue.ts';
import { INTL_LOCALE, LOCALES, localePath, splitLocale } from '../../../src/lib/i18n/locales.ts';
import { KEPT_IN_ENGLISH } from '../english.ts';

/** Names and titles kept in Latin letters on purpose, longest first. */
const KEPT = new RegExp(
	[...KEPT_IN_ENGLISH]
		.sort((a, b) => b.length - a.length)
		.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|'),
	'g'
);

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Every leaf of a catalogue with its path: "site.nav.overview". */
function leaves(value: unknown, path = ''): [string, unknown][] {
	// A list (such as a name's forms in each grammatical case) may be as long as its language needs.
	if (Array.isArray(value)) return [[path, value]];
	if (value !== null && typeof value === 'object' && Object.keys(value).length === 0)
		return [[path, value]];
	if (value !== null && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	return [[path, value]];
}

/** Objects whose keys are all plural categories: a word's plural forms. */
function pluralForms(value: unknown, path = ''): [string, Record<string, string>][] {
	if (value === null || typeof value !== 'object') return [];
	const keys = Object.keys(value);
	if (keys.includes('other') && keys.every((k) => CATEGORIES.has(k)))
		return [[path, value as Record<string, string>]];
	return Object.entries(value).flatMap(([k, v]) => pluralForms(v, path ? `${path}.${k}` : k));
}

const english = new Map(leaves(CATALOGUES.en));

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
	const own = new Map(leaves(CATALOGUES[locale]));
	const plurals = pluralForms(CATALOGUES[locale]);
	const pluralPaths = new Set(plurals.map(([path]) => path));
	// Plural forms may have other categories than English's; words English takes from the data (an
	// empty table or null, filled by a translation and checked against the data by its area's tests)
	// may hold a row per id. Every other message is the same.
	const open = [
		...pluralPaths,
		...[...english]
			.filter(([, v]) => v === null || (typeof v === 'object' && Object.keys(v).length === 0))
			.map(([p]) => p)
	];
	const outside = (path: string) => !open.some((p) => path === p || path.startsWith(`${p}.`));

	it('has every message English has, and no other', () => {
		expect([...own.keys()].filter(outside).sort()).toEqual(
			[...english.keys()].filter(outside).sort()
		);
	});

	it('gives every message the kind English gives it (words, a function of parameters, or none)', () => {
		for (const [path, value] of own)
			// A message English leaves out (null) may be given where the language needs it.
			if (outside(path) && english.get(path) !== null)
				expect(typeof value, path).toBe(typeof english.get(path));
	});

	// Words around a link ("before", "after") may be empty where the language's order puts them elsewhere.
	it('leaves no message empty that English fills', () => {
		for (const [path, value] of own)
			if (
				typeof english.get(path) === 'string' &&
				english.get(path) !== '' &&
				!/\.(before|after|between)$/.test(path)
			)
				expect(value, path).not.toBe('');
	});

	it('gives each plural word every category the language has', () => {
		const want = new Intl.PluralRules(INTL_LOCALE[locale]).resolvedOptions().pluralCategories;
		expect(plurals.length).toBeGreaterThan(0);
		for (const [path, words] of plurals)
			expect(Object.keys(words).sort(), path).toEqual([...want].sort());
	});

	it('writes no English sentence: no two Latin words in a row in any of its texts', () => {
		for (const [path, value] of own)
			// The codebook's column notes name columns and codes, which stay English; codebook.test.ts checks them.
			if (typeof value === 'string' && !path.startsWith('pages.data.package.fields.'))
				// A data code the text names, lower case in brackets or quotes ("(security operation)", «not stated»), is not prose.
				expect(value.replaceAll(KEPT, ' ').replace(/[(«][a-z0-9 _-]+[)»]/g, ' '), path).not.toMatch(
					/[A-Za-z]{2,} [A-Za-z]{2,}/
				);
	});
});

describe('edition paths', () => {
	it.each([
		{ locale: 'en' as const, path: '/incidents/', expected: '/incidents/' },
		{ locale: 'ru' as const, path: '/incidents/', expected: '/ru/incidents/' },
		{ locale: 'kk' as const, path: '/', expected: '/kk/' },
		{
			locale: 'kk' as const,
			path: '/sentences/atyrau-taraz/',
			expected: '/kk/sentences/atyrau-taraz/'
		}
	])('$locale: $path → $expected, and back', ({ locale, path, expected }) => {
		expect(localePath(locale, path)).toBe(expected);
		expect(splitLocale(expected)).toEqual({ locale, path });
	});

	it('takes a path that only starts like an edition for English', () => {
		expect(splitLocale('/rules/')).toEqual({ locale: 'en', path: '/rules/' });
		expect(splitLocale('/en/')).toEqual({ locale: 'en', path: '/en/' });
	});

	it('refuses a path that is not a site path', () => {
		expect(() => localePath('ru', 'incidents/')).toThrow(/starts with/);
	});
});
