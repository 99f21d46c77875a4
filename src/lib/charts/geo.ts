/**
 * Borders from Natural Earth (world-atlas, public domain) projected at build time with d3-geo, drawn
 * only as finely as the layout resolves, and labels placed so that they never collide.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3';
export { geoPath };
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Lang } from '../i18n/index.ts';
import { roundTenth } from './common.ts';

/** Natural Earth's two scales: 1:50 million for a map that fills a column, 1:110 million for a small one. */
export type Resolution = '50m' | '110m';

/** The credit of a map that marks places (GeoNames) on borders (Natural Earth), in the edition's words. */
export function mapCredit(lang: Pick<Lang, 'm'>): string {
	const { positions, borders } = lang.m.places.credits;
	return `${positions} ${borders}`;
}

export type Country = Feature<Geometry, { name: string }> & { id: string };

interface Atlas {
	countries: Country[];
	land: Feature<Geometry> | FeatureCollection<Geometry>;
	/** The borders between countries. */
	borders: MultiLineString;
	/** The borders between countries but those of `code`, which a map outlines on its own. */
	bordersBeyond(code: string): MultiLineString;
}

const atlases = new Map<Resolution, Atlas>();

function readAtlas<T>(file: string): T {
	const require = createRequire(import.meta.url);
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as T;
}

/** The atlas at one scale, read once per build. */
export function loadAtlas(resolution: Resolution = '50m'): Atlas {
	let atlas = atlases.get(resolution);
	if (!atlas) {
		const countries = readAtlas<Topology<{ countries: GeometryCollection<{ name: string }> }>>(
			`countries-${resolution}.json`
		);
		const land = readAtlas<Topology<{ land: GeometryCollection }>>(`land-${resolution}.json`);
		const collection = feature(countries, countries.objects.countries) as FeatureCollection<
			Geometry,
			{ name: string }
		>;
		atlas = {
			countries: collection.features as Country[],
			land: feature(land, land.objects.land),
			borders: mesh(countries, countries.objects.countries, (a, b) => a !== b),
			bordersBeyond: (code) =>
				mesh(
					countries,
					countries.objects.countries,
					(a, b) => a !== b && a.id !== code && b.id !== code
				)
		};
		atlases.set(resolution, atlas);
	}
	return atlas;
}

/** A country of the atlas by its name there, e.g. "Kazakhstan". */
export function countryNamed(name: string, resolution: Resolution = '50m'): Country {
	const found = loadAtlas(resolution).countries.find((c) => c.properties.name === name);
	if (!found) throw new Error(`The atlas has no country named "${name}"`);
	return found;
}

/** A country of the atlas by its ISO 3166-1 numeric code, e.g. "398". */
export function countryCoded(code: string, resolution: Resolution = '50m'): Country {
	const found = loadAtlas(resolution).countries.find((c) => c.id === code);
	if (!found) throw new Error(`The atlas has no country with the code "${code}"`);
	return found;
}

export interface Frame {
	width: number;
	height: number;
}

/**
 * An equal-area conic fitted to `target` inside the box: its central meridian the middle of the
 * target's longitudes and its standard parallels at a sixth and five sixths of its latitudes.
 */
export function conicFor(
	target: GeoPermissibleObjects,
	box: [[number, number], [number, number]],
	frame: Frame
) {
	const [[west, south], [east, north]] = geoBounds(target);
	const span = north - south;
	return geoConicEqualArea()
		.parallels([south + span / 6, north - span / 6])
		.rotate([-(west + east) / 2, 0])
		.fitExtent(box, target)
		.clipExtent([
			[0, 0],
			[frame.width, frame.height]
		]);
}

type Projection = ReturnType<typeof conicFor>;

/** Douglas–Peucker: the points of a line that keep it within `tolerance` of where it was. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
	if (points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [from, to] = stack.pop() as [number, number];
		const [ax, ay] = points[from] as [number, number];
		const [bx, by] = points[to] as [number, number];
		const length = Math.hypot(bx - ax, by - ay);
		let farthest = -1;
		let distance = tolerance;
		for (let i = from + 1; i < to; i++) {
			const [px, py] = points[i] as [number, number];
			const d =
				length === 0
					? Math.hypot(px - ax, py - ay)
					: Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
			if (d > distance) {
				distance = d;
				farthest = i;
			}
		}
		if (farthest > 0) {
			keep[farthest] = 1;
			stack.push([from, farthest], [farthest, to]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/**
 * Collects a projected path and writes it simplified to `tolerance` pixels, in whole pixels: finer
 * detail than the drawing shows would only make the page heavier.
 */
class Recorder {
	private parts: string[] = [];
	private line: [number, number][] = [];
	constructor(private readonly tolerance: number) {}

	moveTo(x: number, y: number) {
		this.flush(false);
		this.line = [[x, y]];
	}
	lineTo(x: number, y: number) {
		this.line.push([x, y]);
	}
	closePath() {
		this.flush(true);
	}
	arc() {}
	private flush(closed: boolean) {
		const points = simplify(this.line, this.tolerance).map(
			([x, y]) => `${Math.round(x)},${Math.round(y)}`
		);
		const distinct = points.filter((p, i) => i === 0 || p !== points[i - 1]);
		if (distinct.length >= (closed ? 3 : 2)) {
			this.parts.push(`M${distinct.join(' ')}${closed ? 'Z' : ''}`);
		}
		this.line = [];
	}
	toString(): string {
		this.flush(false);
		return this.parts.join('');
	}
}

/** SVG path data of a geometry in the projection, at the drawing's resolution. */
export function pathData(
	projection: Projection,
	object: GeoPermissibleObjects,
	tolerance = 0.8
): string {
	const recorder = new Recorder(tolerance);
	geoPath(projection, recorder as unknown as CanvasRenderingContext2D)(object);
	return recorder.toString();
}

/** A point in the frame, rounded to a tenth. */
export function projected(projection: Projection, lon: number, lat: number): [number, number] {
	const p = projection([lon, lat]);
	if (!p) throw new Error(`The projection cannot place ${lon}, ${lat}`);
	return [roundTenth(p[0]), roundTenth(p[1])];
}

/** An axis-aligned box in the frame. */
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A block of text lines to place near a point. */
export interface LabelRequest {
	id: string;
	/** The point the label belongs to. */
	x: number;
	y: number;
	/** Size of the text block. */
	width: number;
	height: number;
	/** Distance from the point that the block keeps clear of, e.g. the radius of its mark. */
	clearance: number;
	/** How far past its clearance the label may stand; past a few pixels, a leader line joins it to its point. */
	maxDistance: number;
	/** Whether a leader line joins a label placed away from its point. */
	leader: boolean;
	/** Try the box centred on the point first, as a name set inside its area. */
	centre?: boolean;
}

export interface PlacedLabel {
	id: string;
	box: Box;
	/** From the mark's edge to the nearest point of the box, when the label stands away from its mark. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Directions tried around a point, the most readable first: right, left, above, below, then the corners. */
const DIRECTIONS: [number, number][] = [
	[1, 0],
	[-1, 0],
	[0, -1],
	[0, 1],
	[1, -1],
	[-1, -1],
	[1, 1],
	[-1, 1],
	[0.5, -1],
	[-0.5, -1],
	[0.5, 1],
	[-0.5, 1],
	[1, -0.5],
	[-1, -0.5],
	[1, 0.5],
	[-1, 0.5]
];
const DISTANCES = [0, 6, 12, 20, 30, 42, 56, 72, 90, 110, 135, 165, 200, 240];
/** Step of the grid of spots tried when none around the point is free. */
const GRID = 6;
/** A label whose nearest edge stands farther than this past its mark's clearance gets a leader line. */
const LEADER_GAP = 8;
/** Farther than this step from its mark, a label without a leader line is not tried. */
const LEADER_FROM = 12;

function boxAt(r: LabelRequest, [dx, dy]: [number, number], distance: number): Box {
	const gap = r.clearance + 3 + distance;
	const cx = r.x + dx * (gap + r.width / 2);
	const cy = r.y + dy * (gap + r.height / 2);
	return {
		left: roundTenth(cx - r.width / 2),
		right: roundTenth(cx + r.width / 2),
		top: roundTenth(cy - r.height / 2),
		bottom: roundTenth(cy + r.height / 2)
	};
}

/** The point of a box nearest to (x, y). */
function nearestOn(box: Box, x: number, y: number): [number, number] {
	return [Math.min(Math.max(x, box.left), box.right), Math.min(Math.max(y, box.top), box.bottom)];
}

/** Does the segment cross the box? Sampled finely enough for label boxes a few pixels tall. */
function crosses(box: Box, x1: number, y1: number, x2: number, y2: number): boolean {
	const steps = Math.max(2, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
	for (let i = 1; i < steps; i++) {
		const x = x1 + ((x2 - x1) * i) / steps;
		const y = y1 + ((y2 - y1) * i) / steps;
		if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
	}
	return false;
}

/**
 * Places each label, in order, at the first spot around its point that stays inside the frame and
 * clear of every mark, every label placed before it and their leader lines; null where none is free.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	marks: readonly Box[],
	frame: Frame,
	margin = 2
): (PlacedLabel | null)[] {
	const placed: PlacedLabel[] = [];
	return requests.map((r) => {
		const candidates: { box: Box; distance: number }[] = [];
		if (r.centre) {
			candidates.push({
				box: {
					left: roundTenth(r.x - r.width / 2),
					right: roundTenth(r.x + r.width / 2),
					top: roundTenth(r.y - r.height / 2),
					bottom: roundTenth(r.y + r.height / 2)
				},
				distance: 0
			});
		}
		for (const distance of DISTANCES) {
			if (distance > r.maxDistance) break;
			for (const direction of DIRECTIONS) {
				candidates.push({ box: boxAt(r, direction, distance), distance });
			}
		}
		// Past the spots around the point, any free spot in the frame, nearest first, with a leader line.
		if (r.leader && r.maxDistance === Infinity) {
			const grid: { box: Box; distance: number }[] = [];
			for (let top = margin; top + r.height <= frame.height - margin; top += GRID) {
				for (let left = margin; left + r.width <= frame.width - margin; left += GRID) {
					const box = { left, right: left + r.width, top, bottom: top + r.height };
					const [bx, by] = nearestOn(box, r.x, r.y);
					grid.push({ box, distance: Math.hypot(bx - r.x, by - r.y) + LEADER_FROM + 1 });
				}
			}
			candidates.push(...grid.sort((a, b) => a.distance - b.distance));
		}
		// Leader lines keep clear of other marks where they can; where no spot allows it, they may not.
		for (const strict of [true, false]) {
			for (const { box } of candidates) {
				const inside =
					box.left >= margin &&
					box.top >= margin &&
					box.right <= frame.width - margin &&
					box.bottom <= frame.height - margin;
				if (!inside) continue;
				if (marks.some((m) => overlaps(m, box))) continue;
				if (placed.some((p) => overlaps(p.box, box))) continue;
				const [ox, oy] = nearestOn(box, r.x, r.y);
				const own = Math.hypot(ox - r.x, oy - r.y);
				// Standing clear of its mark, a label is joined to it by a leader line.
				const far = own - r.clearance > LEADER_GAP;
				// A label without a leader line must sit nearer its own point than any other.
				if (!(far && r.leader)) {
					const nearer = requests.some((o) => {
						if (o.x === r.x && o.y === r.y) return false;
						const [px, py] = nearestOn(box, o.x, o.y);
						return Math.hypot(px - o.x, py - o.y) < own;
					});
					if (nearer) continue;
				}
				let leader: PlacedLabel['leader'] = null;
				if (far && r.leader) {
					const [bx, by] = [ox, oy];
					const length = own;
					const start = (r.clearance + 1) / length;
					leader = {
						x1: roundTenth(r.x + (bx - r.x) * start),
						y1: roundTenth(r.y + (by - r.y) * start),
						x2: roundTenth(bx),
						y2: roundTenth(by)
					};
					const line = leader;
					if (placed.some((p) => crosses(p.box, line.x1, line.y1, line.x2, line.y2))) continue;
					// Nor through another mark: the marks that hold the label's own point are its own.
					const ownMark = (m: Box) =>
						r.x >= m.left && r.x <= m.right && r.y >= m.top && r.y <= m.bottom;
					const padded = (m: Box) => ({
						left: m.left - 3,
						right: m.right + 3,
						top: m.top - 3,
						bottom: m.bottom + 3
					});
					if (
						strict &&
						marks.some((m) => !ownMark(m) && crosses(padded(m), line.x1, line.y1, line.x2, line.y2))
					)
						continue;
				}
				// No label stands across a leader line drawn before it.
				if (
					placed.some(
						(p) => p.leader && crosses(box, p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2)
					)
				)
					continue;
				const label = { id: r.id, box, leader };
				placed.push(label);
				return label;
			}
		}
		return null;
	});
}
