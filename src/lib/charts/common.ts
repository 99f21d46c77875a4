/** Width of a chart's viewBox when none is asked for. */
export const CHART_WIDTH = 400;
/**
 * The widths every chart is laid out for, narrowest first. A page shows the widest layout its
 * column can hold, scaled up to fill it, so chart text is never drawn smaller than its size here.
 */
export const LAYOUT_WIDTHS = [240, 320, 440, 600] as const;
export type LayoutWidth = (typeof LAYOUT_WIDTHS)[number];
/** The layout of the SVG and PNG downloads. */
export const EXPORT_WIDTH: LayoutWidth = 600;
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
