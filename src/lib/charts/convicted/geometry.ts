import { scaleLinear } from 'd3';
import type { Lang } from '../../i18n/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth
} from '../common.ts';

export interface BarDatum {
	key: string;
	/** Line above the bar. */
	label: string;
	value: number;
	/** The value is a lower bound: the bar is drawn open-ended and labelled "at least". */
	isMinimum: boolean;
	/** Optional second line, in a quieter tone. */
	detail?: string;
	/** Everything about the bar in words, its SVG title; the label and value when not given. */
	title?: string;
}

export interface BarMark {
	key: string;
	label: string;
	detail: string | null;
	/** The label and detail wrapped to the layout's width: joined, each gives its text back. */
	labelLines: string[];
	detailLines: string[];
	labelY: number;
	detailY: number;
	x: number;
	y: number;
	width: number;
	height: number;
	valueLabel: string;
	/** Everything about the bar in words: its SVG title. */
	title: string;
	valueX: number;
	valueY: number;
	isMinimum: boolean;
	/** Dashed continuation past a lower bound, ending in an arrow head. */
	extension: { x1: number; x2: number; y: number } | null;
}

export interface ConvictedLayout {
	width: number;
	height: number;
	baseline: { x: number; y1: number; y2: number };
	bars: BarMark[];
}

const BAR = 16;
const EXTENSION = 22;
const LEFT = 2;

/** Horizontal bars, one row each, label above: readable on a phone without an axis. */
export function layoutConvicted(
	rows: readonly BarDatum[],
	{ f }: Lang,
	width: number = EXPORT_WIDTH
): ConvictedLayout {
	const valueLabels = rows.map((row) => f.bounded({ value: row.value, isMinimum: row.isMinimum }));
	const labelRoom = Math.max(0, ...valueLabels.map((label) => textWidth(label))) + 8;
	const extensionRoom = rows.some((row) => row.isMinimum) ? EXTENSION : 0;
	const max = Math.max(0, ...rows.map((row) => row.value));
	const x = scaleLinear()
		.domain([0, max === 0 ? 1 : max])
		.range([LEFT, width - labelRoom - extensionRoom]);
	const textRoom = width - LEFT - 2;
	let y = 0;
	const bars = rows.map((row, i): BarMark => {
		const labelLines = wrapToWidth(row.label, textRoom);
		const detailLines = row.detail ? wrapToWidth(row.detail, textRoom, SMALL_SIZE) : [];
		const labelY = y + FONT_SIZE;
		const lastLabelY = labelY + (labelLines.length - 1) * LINE_HEIGHT;
		const detailY = row.detail ? lastLabelY + LINE_HEIGHT : lastLabelY;
		const barY = detailY + (Math.max(1, detailLines.length) - 1) * LINE_HEIGHT + 6;
		const end = x(row.value);
		const extension = row.isMinimum
			? { x1: roundTenth(end), x2: roundTenth(end + EXTENSION - 6), y: roundTenth(barY + BAR / 2) }
			: null;
		y = barY + BAR + 14;
		return {
			key: row.key,
			label: row.label,
			detail: row.detail ?? null,
			labelLines,
			detailLines,
			labelY: roundTenth(labelY),
			detailY: roundTenth(detailY),
			x: LEFT,
			y: roundTenth(barY),
			width: roundTenth(end - LEFT),
			height: BAR,
			valueLabel: valueLabels[i] ?? '',
			title: row.title ?? `${row.label}: ${valueLabels[i] ?? ''}`,
			valueX: roundTenth((extension ? extension.x2 + 6 : end) + 5),
			valueY: roundTenth(barY + BAR / 2 + FONT_SIZE * 0.35),
			isMinimum: row.isMinimum,
			extension
		};
	});
	const height = Math.max(y - 8, 1);
	return {
		width,
		height: roundTenth(height),
		baseline: { x: LEFT, y1: 0, y2: roundTenth(height) },
		bars
	};
}
