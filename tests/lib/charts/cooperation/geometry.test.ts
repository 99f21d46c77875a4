import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { LAYOUT_WIDTHS } from '../../../../src/lib/charts/common.ts';
import { cooperationChart } from '../../../../src/lib/charts/cooperation/spec.ts';
import { framedCountries } from '../../../../src/lib/charts/cooperation/geometry.ts';
import { countryCoded, countryNamed } from '../../../../src/lib/charts/geo.ts';
import { loadPackageFrom } from '../../../../src/lib/server/data.ts';
import { collisions, outside, type TextLine } from '../text-boxes.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';

const { data } = loadPackageFrom(process.cwd());
const specs = LOCALES.map((locale) => ({
	locale,
	spec: cooperationChart.build(data, langFor(locale))
}));
const spec = cooperationChart.build(data, langFor('en'));
const codesOf = (eventId: string) =>
	data.participants.filter((p) => p.event_id === eventId).map((p) => p.country_code);

describe('the countries of participants.csv', () => {
	it.each(data.participants.map((p) => [p.country, p.country_code] as const))(
		'%s has the atlas code %s',
		(name, code) => {
			expect(countryNamed(name, '110m').id).toBe(code);
			expect(countryCoded(code).properties.name).toBe(name);
		}
	);
});

describe.each(
	specs.flatMap(({ locale, spec }) => spec.layouts.map((l) => [locale, l.width, l] as const))
)('the cooperation map in %s at %i wide', (locale, width, layout) => {
	it('has one panel per development the report names countries for', () => {
		expect(layout.panels.map((p) => p.id).sort()).toEqual(
			[...new Set(data.participants.map((p) => p.event_id))].sort()
		);
	});

	it.each(layout.panels.map((p) => [p.id, p] as const))(
		'%s highlights exactly its participants, by ISO code, each drawn and named',
		(id, panel) => {
			expect([...panel.highlighted].sort()).toEqual(codesOf(id).sort());
			expect(panel.countries.map((c) => c.code).sort()).toEqual(codesOf(id).sort());
			for (const c of panel.countries) expect(c.d).toMatch(/^M/);
			expect(panel.labels.map((l) => l.code).sort()).toEqual(codesOf(id).sort());
		}
	);

	it('keeps every name clear of the others and inside its panel', () => {
		for (const panel of layout.panels) {
			const lines: TextLine[] = panel.labels.map((l) => ({
				text: l.text,
				x: l.x,
				y: l.y,
				size: 12
			}));
			expect(collisions(lines), panel.id).toEqual([]);
			expect(outside(lines, panel.width), panel.id).toEqual([]);
			for (const l of lines) {
				expect(l.y - 12).toBeGreaterThanOrEqual(0);
				expect(l.y + 3).toBeLessThanOrEqual(panel.height);
			}
		}
	});

	it('names each country in the edition’s language, by its code', () => {
		const names = langFor(locale).m.names.countries;
		for (const panel of layout.panels) {
			for (const label of panel.labels) expect(label.text, panel.id).toBe(names[label.code]);
		}
		expect(width).toBeGreaterThan(0);
	});

	it('keeps the panels inside the chart and apart', () => {
		for (const p of layout.panels) {
			expect(p.x + p.width).toBeLessThanOrEqual(width);
			expect(p.y + p.height).toBeLessThanOrEqual(layout.height);
		}
	});
});

describe('framedCountries', () => {
	it('leaves out a country larger than all the others together', () => {
		const codes = data.participants.map((p) => p.country_code);
		const framed = framedCountries(codes).map((c) => c.properties.name);
		expect(framed).not.toContain('Russia');
		expect(framed).toContain('Kazakhstan');
		expect(framed).toContain('Belarus');
	});

	it('keeps a lone country', () => {
		expect(framedCountries(['643']).map((c) => c.id)).toEqual(['643']);
	});

	it('frames Kazakhstan whole', () => {
		expect(geoContains(countryCoded('398', '110m'), [67, 48])).toBe(true);
	});
});

it('lays the maps out at every layout width', () => {
	expect(spec.layouts.map((l) => l.width)).toEqual([...LAYOUT_WIDTHS]);
});
