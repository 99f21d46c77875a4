/** Embed code for a chart's embed page; browser-safe, so a page can make it for the view it shows. */
import { EMBED_HEIGHT_MESSAGE } from '../enhance/dom.ts';

/** What an embed page says around its chart, in words. */
export interface EmbedText {
	title: string;
	takeaway: string;
	notes: readonly string[];
	sections: readonly string[];
	/** The chart's key: one line of words beside a small mark each. */
	key?: readonly { words: string }[];
}

/**
 * Frame widths the fixed height must fit: common phones held upright to desktops, beyond which the
 * page stops growing. A narrower frame scrolls; the self-sizing code fits any width.
 */
export const EMBED_WIDTHS = [360, 375, 414, 480, 640, 768, 1280] as const;
/** The narrowest and widest frame the fixed height fits, as the embed code's label says them. */
export const EMBED_SPAN = { from: Math.min(...EMBED_WIDTHS), to: Math.max(...EMBED_WIDTHS) };

// The embed page's box (src/app.css `.embed`): at most 40rem wide, 1rem padding each side.
const MAX_WIDTH = 640;
const PADDING = 32;
/** Average advance of a character, in ems, with room for a wide system font and ragged lines. */
const CHAR_EM = 0.58;
/** The source line's words other than the section names. */
const SOURCE_WORDS = 96;

/** The widest a chart's drawing grows (`.chart-layouts` in charts.css), so its text stays in proportion. */
export const CHART_MAX_WIDTH = 800;

/** A chart's size in one of its layouts: the viewBox it is drawn in. */
export interface LayoutSize {
	width: number;
	height: number;
}

/**
 * The layout a column `column` px wide shows, as charts.css chooses it: the widest that fits, or
 * the narrowest when none does. Layouts come narrowest first.
 */
export function shownLayout<L extends LayoutSize>(layouts: readonly L[], column: number): L {
	const fitting = layouts.filter((l) => l.width <= column);
	const shown = fitting[fitting.length - 1] ?? layouts[0];
	if (!shown) throw new Error('A chart needs at least one layout');
	return shown;
}

/** Rendered height of a chart in a column `column` px wide: its layout there, scaled to fill it. */
export function chartHeightAt(layouts: readonly LayoutSize[], column: number): number {
	const shown = shownLayout(layouts, column);
	return shown.height * (Math.min(column, CHART_MAX_WIDTH) / shown.width);
}

/** Lines a text of `chars` characters takes at a font size of `px`, in a column `width` wide. */
function lines(chars: number, px: number, width: number): number {
	return Math.max(1, Math.ceil((chars * px * CHAR_EM) / width));
}

/** Height of the embed page in a frame `frame` px wide: the chart's layout there, words wrapped. */
export function embedHeightAt(
	frame: number,
	layouts: readonly LayoutSize[],
	text: EmbedText
): number {
	const column = Math.min(frame, MAX_WIDTH) - PADDING;
	const small = (chars: number) => lines(chars, 13.6, column) * 20.4;
	const title = lines(text.title.length, 19.2, column) * 23 + 8;
	const takeaway = lines(text.takeaway.length, 16, column) * 24 + 16;
	const svg = chartHeightAt(layouts, column);
	const notes = text.notes.length ? text.notes.reduce((sum, n) => sum + small(n.length), 16) : 0;
	// Each key entry wraps beside its 2.25rem mark, at 0.9rem.
	const keyLine = (chars: number) => lines(chars, 14.4, column - 48) * 21.6;
	const key = text.key?.length ? text.key.reduce((sum, k) => sum + keyLine(k.words.length), 16) : 0;
	const source = small(SOURCE_WORDS + text.sections.join('  and ').length) + 16;
	const links = small(30) + 16;
	// Padding above and below, and a line's slack for a font wider than the estimate.
	return 8 + title + takeaway + svg + key + notes + source + links + 16 + 24;
}

/**
 * An iframe height that shows the whole embed page without scrolling in a frame of any width of
 * EMBED_WIDTHS: the largest of its heights at those widths, rounded up to 10 px.
 */
export function embedHeight(layouts: readonly LayoutSize[], text: EmbedText): number {
	const tallest = Math.max(...EMBED_WIDTHS.map((w) => embedHeightAt(w, layouts, text)));
	return Math.ceil(tallest / 10) * 10;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An iframe of the embed page at `url` (absolute), lazy-loaded, full width. */
export function embedCode(url: string, title: string, height: number): string {
	return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}

export { EMBED_HEIGHT_MESSAGE };

/**
 * The iframe code followed by a one-line listener that sets each frame's height to the height its
 * own embed page posts; the frame's height attribute stays as the fallback.
 */
export function responsiveEmbedCode(code: string): string {
	const listener = `addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='${EMBED_HEIGHT_MESSAGE}'||!(d.height>0))return;document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+'px'})})`;
	return `${code}\n<script>${listener}</${'script'}>`;
}
