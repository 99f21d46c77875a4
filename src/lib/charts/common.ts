/** Width of every chart's viewBox; charts scale to their container. */
export const CHART_WIDTH = 400;
/** Font size in viewBox units; the charts' CSS uses the same. */
export const FONT_SIZE = 13;
/** Rough width of a character at FONT_SIZE, for placing labels without a DOM. */
export const CHAR_WIDTH = 6.8;
/** Length and half-width of every arrow head. */
export const ARROW = { length: 7, half: 4.5 } as const;

/** A stretch along the x axis. */
export interface Span {
	x1: number;
	x2: number;
}

/** A row with a bold label, a quieter detail line under it and a bar under that. */
export interface LabelledRow {
	id: string;
	label: string;
	detail: string;
	labelY: number;
	detailY: number;
	barY: number;
}

export function textWidth(text: string, size = FONT_SIZE): number {
	return text.length * CHAR_WIDTH * (size / FONT_SIZE);
}

/** Rounds to one decimal so the SVG stays small and stable. */
export function roundTenth(n: number): number {
	return Math.round(n * 10) / 10;
}
