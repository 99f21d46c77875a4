import { scaleLinear, scaleUtc, utcMonth } from 'd3';
import type { Incident } from '../../data/types.ts';
import {
	formatCount,
	formatDate,
	formatDateish,
	formatDayShort,
	parseDateish
} from '../../format/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	lineWidth,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth,
	type Span
} from '../common.ts';

export interface IncidentMark {
	id: string;
	/** Centre line of the bar: the incident's date. */
	y: number;
	x: number;
	width: number;
	height: number;
	/** "8 killed · 11 Jul", "at least 2 killed · 12 Sep", "1 killed · about 5 Sep". */
	label: string;
	/** The label as drawn: one line beside the bar, or wrapped under it when the bar leaves no room. */
	labelLines: string[];
	/** The label sits under the bar rather than beside it. */
	labelBelow: boolean;
	labelX: number;
	labelY: number;
	/** What happened and where, under the bar (and label): "explosion · Village near Almaty". */
	detail: string;
	detailLines: string[];
	/** x where the detail's lines start. */
	detailX: number;
	detailY: number;
	/** Everything about the incident in words: the mark's SVG title. */
	title: string;
	isMinimum: boolean;
	approximate: boolean;
	/** Dashed continuation past a lower-bound value, ending in an arrow head. */
	extension: Span | null;
	/** Bracket spanning the days an estimated date may fall on. */
	uncertainty: { y1: number; y2: number } | null;
}

export interface IncidentsLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	/**
	 * Month gridlines with labels ("Jul 2012"), the label's first baseline at labelY. Where the
	 * labels go under the bars, the month column narrows: "Jul", with the year under the first
	 * month and under each January.
	 */
	months: { y: number; labelY: number; label: string; labelLines: string[] }[];
	marks: IncidentMark[];
	/** First and last day shown, as ISO dates. */
	span: { from: string; to: string };
}

const MARGIN = { top: 8, right: 4, bottom: 8 };
/** Room between the month column's words and the bars: the date brackets sit in it. */
const MONTH_GAP = 14;
const BAR = 10;
/** Space between the last line of one incident's words and the next incident's bar. */
const ROW_GAP = 22;
const EXTENSION = 18;
/** Room past a bar for the dashed lower-bound line and its arrow head. */
const EXTENSION_ROOM = EXTENSION + 4;
/** Shortest share of the plot the longest bar may have with its label beside it. */
const MIN_BAR_SHARE = 0.4;
/** Indent of the words under a bar. */
const TEXT_INDENT = 2;
/** How far either side of an estimated date the bracket reaches, in days. */
export const APPROXIMATE_DAYS = 3;
const DAY = 86_400_000;

/**
 * Deaths per incident as bars placed on a date axis running down the chart. The axis covers
 * the whole months that hold incidents, scaled so that the closest two never collide.
 */
export function layoutIncidents(
	incidents: readonly Incident[],
	width: number = EXPORT_WIDTH
): IncidentsLayout {
	const sorted = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
	const dates = sorted.map((d) => parseDateish(d.date));
	const first = dates[0] ?? new Date(Date.UTC(2012, 0, 1));
	const last = dates[dates.length - 1] ?? first;
	const from = utcMonth.floor(first);
	const to = utcMonth.offset(utcMonth.floor(last), 1);
	const monthStarts = utcMonth.range(from, to);
	const right = width - MARGIN.right;

	// Labels go beside the bars when that leaves the bars enough room, otherwise under them.
	const labels = sorted.map(
		(d) =>
			`${d.killed_is_minimum ? 'at least ' : ''}${formatCount(d.killed)} killed · ${formatDayShort(d.date, d.date_approximate)}`
	);
	const labelRoom = Math.max(0, ...labels.map((l) => textWidth(l))) + 8;
	const extensionRoom = sorted.some((d) => d.killed_is_minimum) ? EXTENSION_ROOM : 0;
	// The bars start clear of the widest month name, which is "Sept 2012" with the labels beside
	// them, or "Sept" with the year under the first month's name when they go under the bars.
	const monthColumn = (lines: string[][]) =>
		Math.ceil(Math.max(...lines.flat().map((line) => lineWidth(line, SMALL_SIZE))) + MONTH_GAP);
	const besideMonths = monthStarts.map((m) => [formatDate(m, 'monthShort')]);
	const besideLeft = monthColumn(besideMonths);
	const besideEnd = right - labelRoom - extensionRoom;
	const labelBelow = besideEnd - besideLeft < MIN_BAR_SHARE * (right - besideLeft);
	const monthLines = labelBelow
		? monthStarts.map((m, i) =>
				i === 0 || m.getUTCMonth() === 0
					? [`${formatDate(m, 'monthAbbr')} `, formatDate(m, 'year')]
					: [formatDate(m, 'monthAbbr')]
			)
		: besideMonths;
	const left = labelBelow ? monthColumn(monthLines) : besideLeft;
	const textX = left + TEXT_INDENT;
	const textRoom = width - textX - 2;
	const labelLines = labels.map((l) => (labelBelow ? wrapToWidth(l, textRoom) : [l]));
	const details = sorted.map((d) => `${d.kind} · ${d.place ?? 'place not named'}`);
	const detailLines = details.map((d) => wrapToWidth(d, textRoom, SMALL_SIZE));
	// Baselines under the bar's centre line: the label's lines when under the bar, then the detail's.
	const firstLine = BAR / 2 + FONT_SIZE;
	const detailOffsets = labelLines.map(
		(lines) => firstLine + (labelBelow ? lines.length * LINE_HEIGHT : 0)
	);
	const lastOffsets = detailLines.map(
		(lines, i) => (detailOffsets[i] as number) + (lines.length - 1) * LINE_HEIGHT
	);
	// Each incident needs room for its words before the next incident's bar.
	const needs = lastOffsets.map((offset) => offset + ROW_GAP);

	const gaps = dates.slice(1).map((d, i) => (d.getTime() - (dates[i] as Date).getTime()) / DAY);
	const pxPerDay = Math.max(
		2,
		Math.max(0, ...needs) / 31,
		...gaps.map((g, i) => (g > 0 ? (needs[i] as number) / g : 0))
	);
	const days = (to.getTime() - from.getTime()) / DAY;
	const axisBottom = MARGIN.top + days * pxPerDay;
	const y = scaleUtc().domain([from, to]).range([MARGIN.top, axisBottom]);
	// Incidents on the same day are stacked apart so that their words never collide.
	const positions: number[] = [];
	dates.forEach((date, i) => {
		const previous = positions[i - 1];
		positions.push(
			previous === undefined ? y(date) : Math.max(y(date), previous + (needs[i - 1] as number))
		);
	});
	const lastIndex = positions.length - 1;
	const lowest = Math.max(
		axisBottom,
		lastIndex < 0 ? 0 : (positions[lastIndex] as number) + (lastOffsets[lastIndex] as number) + 6
	);
	const height = roundTenth(lowest + MARGIN.bottom);
	const plot = { left, right, top: MARGIN.top, bottom: roundTenth(lowest) };

	const max = Math.max(1, ...sorted.map((d) => d.killed));
	const x = scaleLinear()
		.domain([0, max])
		.range([left, Math.max(left + 1, labelBelow ? right - extensionRoom : besideEnd)]);

	const marks = sorted.map((d, i): IncidentMark => {
		const date = dates[i] as Date;
		const cy = positions[i] as number;
		const end = x(d.killed);
		const extension = d.killed_is_minimum
			? { x1: roundTenth(end), x2: roundTenth(end + EXTENSION - 4) }
			: null;
		return {
			id: d.id,
			y: roundTenth(cy),
			x: plot.left,
			width: roundTenth(end - plot.left),
			height: BAR,
			label: labels[i] ?? '',
			labelLines: labelLines[i] ?? [],
			labelBelow,
			labelX: roundTenth(labelBelow ? textX : (extension ? extension.x2 + 4 : end) + 5),
			labelY: roundTenth(labelBelow ? cy + firstLine : cy + FONT_SIZE * 0.35),
			detail: details[i] ?? '',
			detailLines: detailLines[i] ?? [],
			detailX: textX,
			detailY: roundTenth(cy + (detailOffsets[i] as number)),
			title: `${formatDateish(d.date, d.date_approximate)}${d.date_approximate ? ' (an estimate: the report dates it only relative to another event)' : ''}: ${d.killed_is_minimum ? 'at least ' : ''}${formatCount(d.killed)} killed, ${d.kind}, ${d.place ?? 'place not named'}. Source: “${d.section}”.`,
			isMinimum: d.killed_is_minimum,
			approximate: d.date_approximate,
			extension,
			uncertainty: d.date_approximate
				? {
						y1: roundTenth(
							Math.max(plot.top, y(new Date(date.getTime() - APPROXIMATE_DAYS * DAY)))
						),
						y2: roundTenth(
							Math.min(plot.bottom, y(new Date(date.getTime() + APPROXIMATE_DAYS * DAY)))
						)
					}
				: null
		};
	});
	const months = monthStarts.map((m, i) => ({
		y: roundTenth(y(m)),
		labelY: roundTenth(y(m) + FONT_SIZE),
		label: formatDate(m, 'monthShort'),
		labelLines: monthLines[i] ?? []
	}));
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	return {
		width,
		height,
		plot,
		months,
		marks,
		span: { from: iso(from), to: iso(new Date(to.getTime() - DAY)) }
	};
}
