import { scaleLinear } from 'd3';
import type { Incident, IncidentKind } from '../../data/types.ts';
import { parseDateish } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth,
	type Span
} from '../common.ts';

export interface IncidentMark {
	id: string;
	kind: IncidentKind;
	/** "11 Jul: explosion", "about 5 Sept: explosion": the row's heading, wrapped. */
	heading: string;
	headingLines: string[];
	headingY: number;
	/** Centre line of the bar. */
	y: number;
	x: number;
	width: number;
	height: number;
	/** "8 died", "9 killed", "at least 2 killed". */
	label: string;
	/** The label as drawn: one line beside the bar, or wrapped under it when the bar leaves no room. */
	labelLines: string[];
	/** The label sits under the bar rather than beside it. */
	labelBelow: boolean;
	labelX: number;
	labelY: number;
	/** Where and who, as far as the report says: "Village near Almaty; who died: not stated". */
	detail: string;
	detailLines: string[];
	/** x where the heading's and the detail's lines start. */
	detailX: number;
	detailY: number;
	/** The time since the incident above, in words ("37 days later"), above this row; null on the first. */
	gap: { text: string; y: number } | null;
	/** Everything about the incident in words: the mark's SVG title. */
	title: string;
	isMinimum: boolean;
	approximate: boolean;
	/** Dashed continuation past a lower-bound value, ending in an arrow head. */
	extension: Span | null;
}

export interface IncidentsLayout {
	width: number;
	height: number;
	/** The bars start at `left`; `bottom` is the last row's last line. */
	plot: { left: number; right: number; top: number; bottom: number };
	marks: IncidentMark[];
}

const MARGIN = { top: 4, left: 2, right: 4, bottom: 6 };
const BAR = 12;
/** Room between a row's last line and the words of the gap under it, and from those to the next row. */
const GAP_ABOVE = 18;
const GAP_BELOW = 10;
const EXTENSION = 18;
/** Room past a bar for the dashed lower-bound line and its arrow head. */
const EXTENSION_ROOM = EXTENSION + 4;
/** Shortest share of the width the longest bar may have with its label beside it. */
const MIN_BAR_SHARE = 0.28;
const DAY = 86_400_000;

/** "9 killed", "at least 2 killed", "8 died": an incident's toll with its bound words. */
export function tollInWords(d: Incident, { m, f }: Lang): string {
	return m.incidents.toll[d.kind]({
		value: f.bounded({ value: d.killed, isMinimum: d.killed_is_minimum }),
		n: d.killed,
		isMinimum: d.killed_is_minimum
	});
}

/** Where it happened, in the edition's words: the place's name, or that the report names none. */
export function placeInWords(
	d: Incident,
	{ locale, m, f }: Lang,
	missing: 'notNamed' | 'notStated' | 'short'
): string {
	// English reads the data's own words; the other editions name the place from their catalogue.
	if (locale === 'en' && d.place) return d.place;
	if (d.place_id) {
		const name = m.names.places[d.place_id];
		if (name === undefined) throw new Error(`No name for place "${d.place_id}" in the catalogue`);
		return name;
	}
	if (missing === 'short') return f.words.notStated;
	return missing === 'notNamed' ? m.incidents.placeNotNamed : m.incidents.placeNotStated;
}

/** "37 days later", "about 7 days later" when either date is an estimate, "the same day". */
export function gapInWords(from: Incident, to: Incident, { m, f }: Lang): string {
	const days = Math.round(
		(parseDateish(to.date).getTime() - parseDateish(from.date).getTime()) / DAY
	);
	const approximate = from.date_approximate || to.date_approximate;
	if (days === 0) return m.incidents.gapSameDay({ approximate });
	return m.incidents.gapLater({ days: f.countOf(days, m.incidents.days), approximate });
}

/**
 * Deaths per incident as rows in date order, one bar each: the dates are words, not positions, so
 * the chart takes only the room its words need. The time between two rows is said between them.
 */
export function layoutIncidents(
	incidents: readonly Incident[],
	lang: Lang,
	width: number = EXPORT_WIDTH
): IncidentsLayout {
	const { m, f } = lang;
	const sorted = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
	const left = MARGIN.left;
	const right = width - MARGIN.right;
	const textRoom = right - left;

	const labels = sorted.map((d) => tollInWords(d, lang));
	const labelRoom = Math.max(0, ...labels.map((l) => textWidth(l))) + 8;
	const extensionRoom = sorted.some((d) => d.killed_is_minimum) ? EXTENSION_ROOM : 0;
	const besideEnd = right - labelRoom - extensionRoom;
	// Labels go beside the bars when that leaves the bars enough room, otherwise under them.
	const labelBelow = besideEnd - left < MIN_BAR_SHARE * textRoom;
	const max = Math.max(1, ...sorted.map((d) => d.killed));
	const x = scaleLinear()
		.domain([0, max])
		.range([left, Math.max(left + 1, labelBelow ? right - extensionRoom : besideEnd)]);

	let cursor = MARGIN.top;
	const marks = sorted.map((d, i): IncidentMark => {
		const previous = sorted[i - 1];
		let gap: IncidentMark['gap'] = null;
		if (previous) {
			const gapY = cursor + GAP_ABOVE;
			gap = { text: gapInWords(previous, d, lang), y: roundTenth(gapY) };
			cursor = gapY + GAP_BELOW;
		}
		// Colons and semicolons, not " · ", so that no line ends in a dangling separator.
		const heading = m.incidents.heading({
			date: f.dayShort(d.date, d.date_approximate),
			kind: m.incidents.kind[d.kind]
		});
		const headingLines = wrapToWidth(heading, textRoom);
		const headingY = cursor + FONT_SIZE;
		const barTop = headingY + (headingLines.length - 1) * LINE_HEIGHT + 7;
		const cy = barTop + BAR / 2;
		const label = labels[i] ?? '';
		const labelLines = labelBelow ? wrapToWidth(label, textRoom) : [label];
		const end = x(d.killed);
		const extension = d.killed_is_minimum
			? { x1: roundTenth(end), x2: roundTenth(end + EXTENSION - 4) }
			: null;
		const labelY = labelBelow ? barTop + BAR + FONT_SIZE : cy + FONT_SIZE * 0.35;
		const place = placeInWords(d, lang, 'notNamed');
		const who = m.incidents.who[d.killed_described];
		const detail = m.incidents.detail({ place, who });
		const detailLines = wrapToWidth(detail, textRoom, SMALL_SIZE);
		const detailY = labelBelow
			? labelY + labelLines.length * LINE_HEIGHT - 1
			: barTop + BAR + SMALL_SIZE + 3;
		cursor = detailY + (detailLines.length - 1) * LINE_HEIGHT + 4;
		return {
			id: d.id,
			kind: d.kind,
			heading,
			headingLines,
			headingY: roundTenth(headingY),
			y: roundTenth(cy),
			x: left,
			width: roundTenth(end - left),
			height: BAR,
			label,
			labelLines,
			labelBelow,
			labelX: roundTenth(labelBelow ? left : (extension ? extension.x2 + 4 : end) + 5),
			labelY: roundTenth(labelY),
			detail,
			detailLines,
			detailX: left,
			detailY: roundTenth(detailY),
			gap,
			title: m.incidents.markTitle({
				date: f.dateish(d.date, d.date_approximate),
				approximate: d.date_approximate,
				kind: m.incidents.kind[d.kind],
				toll: label,
				who,
				place,
				source: m.ui.sections[d.section]
			}),
			isMinimum: d.killed_is_minimum,
			approximate: d.date_approximate,
			extension
		};
	});
	const bottom = roundTenth(cursor);
	return {
		width,
		height: roundTenth(cursor + MARGIN.bottom),
		plot: { left, right, top: MARGIN.top, bottom },
		marks
	};
}
