import { describe, expect, it } from 'vitest';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { INTL_LOCALE, LOCALES } from '../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

const { data } = loadPackageFrom(process.cwd());
const NAMES = { en: langFor('en').m.names, ru: langFor('ru').m.names, kk: langFor('kk').m.names };
const { ru, kk } = NAMES;

/** ISO 3166-1: numeric code → alpha-2, for the countries of participants.csv. */
const ALPHA2: Record<string, string> = {
	'112': 'BY',
	'398': 'KZ',
	'417': 'KG',
	'643': 'RU',
	'762': 'TJ',
	'804': 'UA',
	'860': 'UZ'
};

/**
 * Where a name differs from CLDR (Intl.DisplayNames), and why; the codebook gives the same reason.
 * Russian: CLDR writes "Киргизия"; the official Russian of Kazakhstan and Kyrgyzstan writes "Кыргызстан".
 */
const OVERRIDES: Record<string, Record<string, string>> = {
	en: {},
	ru: { '417': 'Кыргызстан' },
	kk: {}
};

describe.each([...LOCALES])('the %s names', (locale) => {
	const names = NAMES[locale];

	it('name every place of places.csv', () => {
		const missing = data.places.filter((p) => !names.places[p.id]?.trim()).map((p) => p.id);
		expect(missing).toEqual([]);
	});

	it('name every country of participants.csv', () => {
		const missing = data.participants
			.filter((p) => !names.countries[p.country_code]?.trim())
			.map((p) => p.country_code);
		expect(missing).toEqual([]);
	});

	it('name no place or country the data does not have', () => {
		expect(Object.keys(names.places).sort()).toEqual(data.places.map((p) => p.id).sort());
		expect(Object.keys(names.countries).sort()).toEqual(
			[...new Set(data.participants.map((p) => p.country_code))].sort()
		);
	});

	it('write each country as CLDR does, but for the listed and justified overrides', () => {
		const cldr = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region' });
		for (const [code, name] of Object.entries(names.countries)) {
			const alpha2 = ALPHA2[code];
			expect(alpha2, code).toBeDefined();
			const expected = OVERRIDES[locale]?.[code] ?? cldr.of(alpha2 as string);
			expect(name, code).toBe(expected);
		}
		// An override is only one where CLDR differs: otherwise it is no override.
		for (const [code, name] of Object.entries(OVERRIDES[locale] ?? {}))
			expect(cldr.of(ALPHA2[code] as string)).not.toBe(name);
	});

	if (locale !== 'en')
		it('write every name in Cyrillic', () => {
			const all = [
				...Object.values(names.places),
				...Object.values(names.countries),
				...Object.values(names.bodies)
			];
			expect(all.filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
		});
});

describe('the places of both translations', () => {
	it.each([
		['uralsk', 'Уральск', 'Орал'],
		['kulsary', 'Кульсары', 'Құлсары'],
		['atyrau', 'Атырау', 'Атырау'],
		['taraz', 'Тараз', 'Тараз'],
		['almaty', 'Алматы', 'Алматы']
	])(
		'%s is %s in Russian and %s in Kazakh, as the government of Kazakhstan writes it',
		(id, r, k) => {
			expect(ru.places[id]).toBe(r);
			expect(kk.places[id]).toBe(k);
		}
	);
});
