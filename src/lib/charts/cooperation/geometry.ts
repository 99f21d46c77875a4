import { geoArea } from 'd3';
import type { FeatureCollection, Geometry } from 'geojson';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	lineWidth,
	roundTenth,
	SMALL_SIZE,
	wrapToWidth
} from '../common.ts';
import {
	conicFor,
	countryCoded,
	geoPath,
	loadAtlas,
	pathData,
	placeLabels,
	type Country,
	type Resolution
} from '../geo.ts';

/** A multinational development and the countries the report names for it. */
export interface CooperationDatum {
	id: string;
	/** Its short name. */
	label: string;
	/** Its date in words, e.g. "Apr 2012". */
	dateLabel: string;
	countries: { code: string; name: string }[];
	/** Everything about it in words: the panel's SVG title. */
	title: string;
}

export interface CountryLabel {
	code: string;
	text: string;
	x: number;
	y: number;
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface CooperationPanel {
	id: string;
	title: string;
	/** Top-left corner of the panel's map. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The development's name, wrapped, above the map; its first baseline at labelY. */
	labelLines: string[];
	labelY: number;
	dateLabel: string;
	dateY: number;
	/** The ISO 3166-1 numeric codes drawn highlighted: the countries the report names. */
	highlighted: string[];
	countries: { code: string; name: string; d: string }[];
	labels: CountryLabel[];
}

export interface CooperationLayout {
	width: number;
	height: number;
	/** Land and borders, the same in every panel, in a panel's own coordinates. */
	land: string;
	borders: string;
	panels: CooperationPanel[];
}

const RESOLUTION: Resolution = '110m';
const GAP = 16;
const PAD = 2;
/** Widest a panel gets before two go side by side. */
const PANEL_MIN = 280;

/**
 * The countries the frame is fitted to: every participant but one larger than all the others together
 * (Russia), which would shrink the rest to dots; it runs past the frame instead.
 */
export function framedCountries(codes: readonly string[]): Country[] {
	const countries = [...new Set(codes)].map((code) => countryCoded(code, RESOLUTION));
	const area = (c: Country) => geoArea(c);
	const total = countries.reduce((sum, c) => sum + area(c), 0);
	return countries.filter((c) => countries.length === 1 || area(c) <= total - area(c));
}

/**
 * One small map per development, the countries the report names for it filled and named on the
 * map, in an equal-area conic fitted to the participants.
 */
export function layoutCooperation(
	developments: readonly CooperationDatum[],
	width: number = EXPORT_WIDTH
): CooperationLayout {
	const columns = Math.max(1, Math.min(developments.length, Math.floor(width / PANEL_MIN)));
	const panelWidth = Math.floor((width - GAP * (columns - 1)) / columns);
	const framed: FeatureCollection<Geometry> = {
		type: 'FeatureCollection',
		features: framedCountries(developments.flatMap((d) => d.countries.map((c) => c.code)))
	};
	const probe = conicFor(
		framed,
		[
			[PAD, PAD],
			[panelWidth - PAD, 10_000]
		],
		{ width: panelWidth, height: 10_000 }
	);
	const [[, top], [, bottom]] = geoPath(probe).bounds(framed);
	const mapHeight = Math.ceil(bottom - top + 2 * PAD);
	const frame = { width: panelWidth, height: mapHeight };
	const projection = conicFor(
		framed,
		[
			[PAD, PAD],
			[panelWidth - PAD, mapHeight - PAD]
		],
		frame
	);
	const atlas = loadAtlas(RESOLUTION);
	const titles = developments.map((d) => wrapToWidth(d.label, panelWidth));
	const headerHeight = Math.max(...titles.map((t) => t.length)) * LINE_HEIGHT + LINE_HEIGHT + 2;
	const rowHeight = headerHeight + mapHeight + GAP;

	const panels = developments.map((d, i): CooperationPanel => {
		const column = i % columns;
		const row = Math.floor(i / columns);
		const x = column * (panelWidth + GAP);
		const y0 = row * rowHeight;
		const countries = d.countries.map((c) => ({
			...c,
			d: pathData(projection, countryCoded(c.code, RESOLUTION))
		}));
		const anchors = countries.map((c) => {
			const [cx, cy] = geoPath(projection).centroid(countryCoded(c.code, RESOLUTION));
			return { ...c, cx, cy };
		});
		const placed = placeLabels(
			anchors.map((a) => ({
				id: a.code,
				x: a.cx,
				y: a.cy,
				width: Math.ceil(lineWidth(a.name, SMALL_SIZE)),
				height: 14,
				clearance: 2,
				maxDistance: Infinity,
				leader: true,
				centre: true
			})),
			[],
			frame
		);
		const labels = anchors.map((a, j): CountryLabel => {
			const spot = placed[j];
			if (!spot) throw new Error(`No room for the name of ${a.name} on the map of ${d.id}`);
			return {
				code: a.code,
				text: a.name,
				x: spot.box.left,
				y: roundTenth(spot.box.top + 11),
				leader: spot.leader
			};
		});
		const labelLines = titles[i] ?? [];
		return {
			id: d.id,
			title: d.title,
			x,
			y: y0 + headerHeight,
			width: panelWidth,
			height: mapHeight,
			labelLines,
			labelY: y0 + FONT_SIZE,
			dateLabel: d.dateLabel,
			dateY: y0 + FONT_SIZE + labelLines.length * LINE_HEIGHT,
			highlighted: countries.map((c) => c.code),
			countries,
			labels
		};
	});
	const rows = Math.ceil(developments.length / columns);
	return {
		width,
		height: Math.max(1, rows * rowHeight - GAP),
		land: pathData(projection, atlas.land),
		borders: pathData(projection, atlas.borders),
		panels
	};
}
