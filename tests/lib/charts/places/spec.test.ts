import { describe, expect, it } from 'vitest';
import { placeList, placesChart, placeStories } from '../../../../src/lib/charts/places/spec.ts';
import { langFor, type Lang } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../../src/lib/server/data.ts';
import { englishWords, specWords } from './words.ts';

const { data } = loadPackageFrom(process.cwd());

/** The words an edition must write for a lower bound and for an estimated date (the GUIDE's terms). */
const TERMS = {
	en: { atLeast: 'at least', about: 'about', area: 'area', region: 'region' },
	ru: { atLeast: 'не менее', about: 'примерно', area: 'территори', region: 'регион' },
	kk: { atLeast: 'кемінде', about: 'шамамен', area: 'аумақ', region: 'өңір' }
} as const;

const builds = LOCALES.map((locale) => {
	const lang = langFor(locale);
	return { locale, lang, spec: placesChart.build(data, lang) };
});

describe.each(builds)('the places map in $locale', ({ locale, lang, spec }) => {
	const layoutTexts = spec.layouts.flatMap((l) => [
		...l.marks.flatMap((m) => [m.title, ...m.lines.map((x) => x.text)]),
		...l.regions.flatMap((r) => [r.title, ...r.lines.map((x) => x.text)])
	]);

	it('writes no English word, but the names of the credited sources', () => {
		const csvWords = spec.csv.rows.flatMap((r) => {
			const row = r as Record<string, unknown>;
			return [row.name, row.section, row.what_happened].map(String);
		});
		const found = englishWords([...specWords(spec, layoutTexts), ...csvWords]);
		expect(found).toEqual(locale === 'en' ? expect.arrayContaining(['Kazakhstan']) : []);
	});

	it('names every place in the edition’s own catalogue form', () => {
		for (const place of data.places) {
			const name = lang.m.names.places[place.id] as string;
			const row = spec.table.rows.find((r) => r.place?.toLowerCase() === name.toLowerCase());
			expect(row, place.id).toBeDefined();
		}
	});

	it('keeps a lower-bound toll a lower bound, on the label, its dash and in words', () => {
		const minimum = data.incidents.filter((d) => d.killed_is_minimum && d.place_id);
		expect(minimum.length).toBeGreaterThan(0);
		for (const layout of spec.layouts) {
			for (const d of minimum) {
				const mark = layout.marks.find((m) => m.id === d.place_id);
				const lines = mark?.lines.filter((l) => l.minimum) ?? [];
				expect(lines.map((l) => l.text).join(' '), d.id).toContain(
					`${TERMS[locale].atLeast} ${lang.f.count(d.killed)}`
				);
				expect(mark?.underlines.length).toBe(lines.length);
			}
		}
		expect(spec.takeaway + spec.desc).not.toContain(`${TERMS[locale].atLeast} 0`);
		expect(spec.desc.toLowerCase()).toContain(TERMS[locale].atLeast);
		expect(spec.key.find((k) => k.symbol === 'minimum-words')?.words).toContain(
			TERMS[locale].atLeast
		);
	});

	it('marks the estimated date of an unplaced incident as estimated', () => {
		const estimated = data.incidents.filter((d) => d.date_approximate && d.place_id === null);
		expect(estimated.length).toBeGreaterThan(0);
		const note = spec.notes.find((n) => n.includes(lang.f.dateish(estimated[0]!.date, true)));
		expect(note).toContain(TERMS[locale].about);
	});

	it('draws the area as an area and the region as a region, in words too', () => {
		for (const layout of spec.layouts) {
			const area = layout.marks.find((m) => m.id === 'village-near-almaty');
			expect(area?.kind).toBe('area');
			expect(layout.regions.map((r) => r.id)).toEqual(['western-kazakhstan']);
		}
		expect(spec.key.find((k) => k.symbol === 'near')?.words).toContain(TERMS[locale].area);
		expect(spec.key.find((k) => k.symbol === 'region')?.words).toContain(TERMS[locale].region);
	});

	it('credits GeoNames with its licence and Natural Earth, in the chart and its share card', () => {
		for (const credit of [spec.credit ?? '', spec.shortCredit ?? '']) {
			expect(credit).toContain('GeoNames (CC BY 4.0)');
			expect(credit).toContain('Natural Earth');
		}
	});

	it('lists each place beside the map with its kind in words and something to say', () => {
		const list = placeList(data, lang);
		expect(list.map((p) => p.id)).toEqual(data.places.map((p) => p.id));
		for (const p of list) {
			expect(p.kind).toBe(lang.m.places.kinds[data.places.find((x) => x.id === p.id)!.kind]);
			expect(p.what.length, p.id).toBeGreaterThan(10);
		}
	});
});

describe('the places map’s catalogues', () => {
	const needed = {
		offences: data.convictions.filter((c) => c.place_id && c.convicted !== null).map((c) => c.id),
		developments: [
			...new Set([
				...data.participants.map((p) => p.event_id),
				...data.events.filter((e) => e.place_id && e.theme === 'cooperation').map((e) => e.id)
			])
		]
	};

	it.each([...LOCALES])('%s has every offence and development the maps name', (locale) => {
		const m = langFor(locale).m;
		expect(needed.offences.filter((id) => !m.places.offences[id])).toEqual([]);
		expect(needed.developments.filter((id) => !m.events.labels[id])).toEqual([]);
	});

	it('fails the build, naming the id, when a catalogue lacks a place', () => {
		const ru = langFor('ru');
		const places = { ...ru.m.names.places };
		delete places.uralsk;
		const lacking = { ...ru, m: { ...ru.m, names: { ...ru.m.names, places } } } as Lang;
		expect(() => placeStories(data, lacking)).toThrow(/ru.*"uralsk"/);
	});
});
