import { measure } from '../text/measure.ts';

/**
 * The widths every chart is laid out for, narrowest first. A page shows the widest layout its
 * column can hold, scaled up to fill it, so chart text is never drawn smaller than its size here.
 */
export const LAYOUT_WIDTHS = [240, 320, 440, 600] as const;
export type LayoutWidth = (typeof LAYOUT_WIDTHS)[number];
/** The layout of the SVG and PNG downloads, and the width a chart is laid out at when none is asked for. */
export const EXPORT_WIDTH: LayoutWidth = 600;
/** Font size in viewBox units; the charts' CSS uses the same. */
export const FONT_SIZE = 13;
/** Length and half-width of every arrow head. */
export const ARROW = { length: 7, half: 4.5 } as const;

/** A stretch along the x axis. */
export interface Span {
	x1: number;
	x2: number;
}

/** Font size of detail lines and axis labels, in viewBox units. */
export const SMALL_SIZE = 12;
/** Distance between two lines of one label or detail. */
export const LINE_HEIGHT = FONT_SIZE + 3;

/** A row with a bold label, a quieter detail under it and a bar under that. */
export interface LabelledRow {
	id: string;
	label: string;
	detail: string;
	/** The label wrapped to the layout's width: joined, the lines give the label back. */
	labelLines: string[];
	/** The detail wrapped likewise. */
	detailLines: string[];
	/** Baseline of the label's first line. */
	labelY: number;
	/** Baseline of the detail's first line. */
	detailY: number;
	barY: number;
}

/**
 * Width of a chart text, for placing labels without a DOM: measured bold, the heaviest weight
 * charts.css draws, in the wider of Inter and the page's widest font (see measure()).
 */
export function textWidth(text: string, size = FONT_SIZE): number {
	return measure(text, size, 700, 'page');
}

/** Rounds to one decimal so the SVG stays small and stable. */
export function roundTenth(n: number): number {
	return Math.round(n * 10) / 10;
}

/** Width of one line of a wrapped text, without the space it ends in. */
export function lineWidth(line: string, size = FONT_SIZE): number {
	return textWidth(line.trimEnd(), size);
}

/** A text broken at spaces into lines, each line but the last keeping the space it broke at. */
function wrapWords(text: string, maxWidth: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && lineWidth(`${line}${word}`, size) > maxWidth) {
			lines.push(line);
			line = '';
		}
		line += `${word} `;
	}
	lines.push(line.trimEnd());
	return lines;
}

/**
 * Breaks a text into lines no wider than `maxWidth` as textWidth() measures them, preferring to
 * break after a " · " separator; a word longer than a line stands alone. Joined, the lines give
 * the text back, so the words read the same whatever the width.
 */
export function wrapToWidth(text: string, maxWidth: number, size = FONT_SIZE): string[] {
	const parts = text.split(' · ');
	const lines: string[] = [];
	let line = '';
	parts.forEach((part, i) => {
		const separator = i < parts.length - 1 ? ' · ' : '';
		if (lineWidth(`${line}${part}${separator}`, size) <= maxWidth) {
			line += `${part}${separator}`;
			return;
		}
		if (line) lines.push(line);
		// The separator stays with the part it follows, inside the width.
		const words = wrapWords(`${part}${separator.trimEnd()}`, maxWidth, size);
		lines.push(...words.slice(0, -1));
		line = `${words[words.length - 1] ?? ''}${separator ? ' ' : ''}`;
	});
	if (line) lines.push(line);
	return lines;
}
