import type { PlaceKind } from '../../data/types.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	lineWidth,
	SMALL_SIZE,
	wrapToWidth
} from '../common.ts';
import {
	conicFor,
	countryNamed,
	geoPath,
	loadAtlas,
	pathData,
	placeLabels,
	projected,
	type Box,
	type LabelRequest,
	type PlacedLabel,
	type Resolution
} from '../geo.ts';

/** One thing the report says happened at a place, as one line of its label. */
export interface PlaceLine {
	text: string;
	/** A toll the report gives as "at least": drawn in the lower-bound colour, underlined with a dash. */
	minimum: boolean;
}

/** A place as the map draws it. */
export interface PlaceDatum {
	id: string;
	/** The label's first line: the place as the report names it, in the edition's language. */
	name: string;
	kind: PlaceKind;
	/** Degrees; null for a region named without a boundary. */
	lon: number | null;
	lat: number | null;
	/** For a region: the places the report puts in it, which its name is set near. */
	members: string[];
	/** What happened there, one line each. */
	lines: PlaceLine[];
	/** The chart that shows what happened there, as a site path with its anchor. */
	link: string | null;
	/** Everything about the place in words: the mark's SVG title. */
	title: string;
}

/** One drawn line of a label. */
export interface LabelLine {
	text: string;
	x: number;
	y: number;
	size: number;
	/** "label" for the name, "detail" for what happened, "region" for a region's name. */
	role: 'label' | 'detail' | 'region';
	minimum: boolean;
}

export interface PlaceMark {
	id: string;
	kind: PlaceKind;
	/** Centre of the dot, or of the ring around the city an area is near. */
	cx: number;
	cy: number;
	r: number;
	link: string | null;
	title: string;
	lines: LabelLine[];
	/** Dashed underline under a lower-bound line. */
	underlines: { x1: number; x2: number; y: number }[];
	leader: PlacedLabel['leader'];
}

export interface PlacesLayout {
	width: number;
	height: number;
	/** All land in the frame; what is not land is water (the Caspian, the Aral). */
	land: string;
	/** Kazakhstan, drawn over the land. */
	focus: string;
	/** Borders between the other countries: Kazakhstan's outline is drawn with its fill. */
	borders: string;
	marks: PlaceMark[];
	/** Regions named without a boundary: their name alone, set over the area. */
	regions: { id: string; title: string; lines: LabelLine[] }[];
	/** A small map inside a link: its marks take no focus of their own. */
	small: boolean;
}

export interface LayoutOptions {
	/** The atlas scale: 1:110 million for a small map. */
	resolution?: Resolution;
	/** A small map that links to the full one as a whole: names alone, no links or focus of its own. */
	small?: boolean;
}

const DOT = 4;
/** Spaced capitals run wider than the text estimate: measured as if a size larger. */
const REGION_SIZE = 15;
/** Radius of the dashed ring that marks "somewhere near" a city. */
const RING = 11;
const PAD = 4;
/** Room added above and below the country, step by step, until every label fits. */
const BAND_STEP = 16;
const MAX_BAND = 320;

/** The words of one label, wrapped to `maxWidth`. */
function labelLines(d: PlaceDatum, maxWidth: number) {
	const name = wrapToWidth(d.name, maxWidth).map((text) => ({
		text,
		size: FONT_SIZE,
		role: 'label' as const,
		minimum: false
	}));
	const details = d.lines.flatMap((line) =>
		wrapToWidth(line.text, maxWidth, SMALL_SIZE).map((text) => ({
			text,
			size: SMALL_SIZE,
			role: 'detail' as const,
			minimum: line.minimum
		}))
	);
	return [...name, ...details];
}

const blockWidth = (lines: { text: string; size: number }[]) =>
	Math.ceil(Math.max(...lines.map((l) => lineWidth(l.text, l.size))));
/** Height of a block of lines, from the top of the first to below the last. */
const blockHeight = (n: number) => n * LINE_HEIGHT - 1;

/**
 * The report's places on Kazakhstan and its neighbours, in an equal-area conic fitted to
 * Kazakhstan. Bands are added above and below the country until every label finds a free spot.
 */
export function layoutPlaces(
	places: readonly PlaceDatum[],
	width: number = EXPORT_WIDTH,
	options: LayoutOptions = {}
): PlacesLayout {
	const kazakhstan = countryNamed('Kazakhstan', options.resolution);
	const maxWidth = Math.max(100, Math.min(220, Math.round(width * 0.42)));
	const positioned = places.filter((p) => p.lon !== null && p.lat !== null);
	const regions = places.filter((p) => p.lon === null || p.lat === null);

	for (let band = 0; ; band += BAND_STEP) {
		// The country's height at this width, from a first fit to the width alone.
		const probe = conicFor(
			kazakhstan,
			[
				[PAD, 0],
				[width - PAD, 10_000]
			],
			{ width, height: 10_000 }
		);
		const [[, top], [, bottom]] = geoPath(probe).bounds(kazakhstan);
		const mapHeight = bottom - top;
		const height = Math.ceil(mapHeight + 2 * PAD + 2 * band);
		const frame = { width, height };
		const projection = conicFor(
			kazakhstan,
			[
				[PAD, PAD + band],
				[width - PAD, height - PAD - band]
			],
			frame
		);
		const points = positioned.map((p) => {
			const [cx, cy] = projected(projection, p.lon as number, p.lat as number);
			return { place: p, cx, cy, r: p.kind === 'area' ? RING : DOT };
		});
		const markBoxes: Box[] = points.map(({ cx, cy, r }) => ring(cx, cy, r + 1));
		const requests: (LabelRequest & { lines: ReturnType<typeof labelLines> })[] = points.map(
			({ place, cx, cy, r }) => {
				const lines = labelLines(options.small ? { ...place, lines: [] } : place, maxWidth);
				return {
					id: place.id,
					x: cx,
					y: cy,
					width: blockWidth(lines),
					height: blockHeight(lines.length),
					clearance: r,
					maxDistance: Infinity,
					leader: true,
					lines
				};
			}
		);
		const regionRequests = regions.map((region) => {
			const members = points.filter((p) => region.members.includes(p.place.id));
			const x = members.length ? mean(members.map((m) => m.cx)) : width / 2;
			const y = members.length ? mean(members.map((m) => m.cy)) : height / 2;
			// Set in spaced capitals, as maps name regions, so that it never reads as a place's label;
			// English, Russian and Kazakh Cyrillic upper-case alike, so no locale is needed.
			const lines = wrapToWidth(region.name.toUpperCase(), maxWidth, REGION_SIZE).map((text) => ({
				text,
				size: SMALL_SIZE,
				role: 'region' as const,
				minimum: false
			}));
			return {
				id: region.id,
				x,
				y,
				width: Math.ceil(Math.max(...lines.map((l) => lineWidth(l.text, REGION_SIZE)))),
				height: blockHeight(lines.length),
				clearance: DOT + 14,
				maxDistance: 30,
				leader: false,
				lines
			};
		});
		const placed = placeInSomeOrder(regionRequests, requests, markBoxes, frame);
		if (placed.some((p) => p === null) && band < MAX_BAND) continue;
		if (placed.some((p) => p === null)) {
			const missing = [...regionRequests, ...requests].filter((_, i) => placed[i] === null);
			throw new Error(
				`The places map has no room at width ${width} for ${missing.map((r) => r.id).join(', ')}`
			);
		}

		const linesIn = (box: Box, lines: Omit<LabelLine, 'x' | 'y'>[]): LabelLine[] =>
			lines.map((l, i) => ({
				...l,
				x: box.left,
				y: Math.round((box.top + 11 + i * LINE_HEIGHT) * 10) / 10
			}));
		const marks = points.map(({ place, cx, cy, r }, i): PlaceMark => {
			const label = placed[regions.length + i] as PlacedLabel;
			const lines = linesIn(label.box, requests[i]?.lines ?? []);
			return {
				id: place.id,
				kind: place.kind,
				cx,
				cy,
				r,
				link: options.small ? null : place.link,
				title: options.small
					? [place.name, ...place.lines.map((l) => l.text)].join(': ')
					: place.title,
				lines,
				underlines: lines
					.filter((l) => l.minimum)
					.map((l) => ({
						x1: l.x,
						// The width estimate runs wide; the line stops short of it, under the words.
						x2: Math.round((l.x + 0.8 * lineWidth(l.text.trimEnd(), l.size)) * 10) / 10,
						y: l.y + 3
					})),
				leader: label.leader
			};
		});
		const atlas = loadAtlas(options.resolution);
		// A small map shows less detail still: a coarser line loses nothing it could draw.
		const tolerance = options.small ? 2.5 : undefined;
		return {
			width,
			height,
			land: pathData(projection, atlas.land, tolerance),
			focus: pathData(projection, kazakhstan, tolerance),
			borders: pathData(projection, atlas.bordersBeyond(kazakhstan.id), tolerance),
			marks,
			small: options.small ?? false,
			regions: regions.map((region, j) => {
				const label = placed[j] as PlacedLabel;
				return {
					id: region.id,
					title: region.title,
					lines: linesIn(label.box, regionRequests[j]?.lines ?? [])
				};
			})
		};
	}
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** The box of a circle. */
function ring(cx: number, cy: number, r: number): Box {
	return { left: cx - r, right: cx + r, top: cy - r, bottom: cy + r };
}

/** Orders to try labels in, the first that places them all winning: as given, then by position. */
const ORDERS: ((a: LabelRequest, b: LabelRequest) => number)[] = [
	() => 0,
	(a, b) => a.y - b.y,
	(a, b) => a.x - b.x,
	(a, b) => b.x - a.x,
	(a, b) => b.y - a.y
];

/** Labels placed in the first order that finds room for all: `first` as given, then `rest` in each order. */
function placeInSomeOrder(
	first: LabelRequest[],
	rest: LabelRequest[],
	marks: Box[],
	frame: { width: number; height: number }
): (PlacedLabel | null)[] {
	const all = [...first, ...rest];
	let best: (PlacedLabel | null)[] = [];
	let bestLength = Infinity;
	// Of the orders that place every label, the one whose labels stand nearest their points.
	for (const order of ORDERS) {
		const sorted = [...first, ...[...rest].sort(order)];
		const placed = placeLabels(sorted, marks, frame);
		const byId = new Map(placed.map((p, i) => [sorted[i]?.id, p]));
		const inOrder = all.map((r) => byId.get(r.id) ?? null);
		if (!best.length) best = inOrder;
		if (inOrder.some((p) => p === null)) continue;
		const length = all.reduce((sum, r, i) => {
			const box = (inOrder[i] as PlacedLabel).box;
			const dx = Math.max(box.left - r.x, 0, r.x - box.right);
			const dy = Math.max(box.top - r.y, 0, r.y - box.bottom);
			return sum + Math.hypot(dx, dy);
		}, 0);
		if (length < bestLength) {
			best = inOrder;
			bestLength = length;
		}
	}
	return best;
}
