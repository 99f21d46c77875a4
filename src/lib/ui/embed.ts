/** Embed code for a chart's embed page and the height it needs, worked out at build time. */
import type { Section } from '../data/types.ts';
import { EMBED_HEIGHT_MESSAGE } from '../enhance/dom.ts';
import { wrapByWidth } from '../export/text.ts';
import type { Messages } from '../i18n/catalogue.ts';
import { measure, type FontWeight } from '../text/measure.ts';

/** What an embed page says around its chart, in words. */
export interface EmbedText {
	title: string;
	takeaway: string;
	notes: readonly string[];
	sections: readonly Section[];
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

/** Lines a text takes at a font size of `px`, wrapped as measured in the page's widest font. */
function lines(text: string, px: number, width: number, weight: FontWeight = 400): number {
	return Math.max(1, wrapByWidth(text, width, (line) => measure(line, px, weight, 'page')).length);
}

/** Height of the embed page in a frame `frame` px wide: the chart's layout there, words wrapped. */
export function embedHeightAt(
	frame: number,
	layouts: readonly LayoutSize[],
	text: EmbedText,
	words: Pick<Messages, 'export' | 'ui'>
): number {
	const column = Math.min(frame, MAX_WIDTH) - PADDING;
	const small = (words: string) => lines(words, 13.6, column) * 20.4;
	const title = lines(text.title, 19.2, column, 700) * 23 + 8;
	const takeaway = lines(text.takeaway, 16, column) * 24 + 16;
	const svg = chartHeightAt(layouts, column);
	const notes = text.notes.length ? text.notes.reduce((sum, n) => sum + small(n), 16) : 0;
	// Each key entry wraps beside its 2.25rem mark, at 0.9rem.
	const keyLine = (words: string) => lines(words, 14.4, column - 48) * 21.6;
	const key = text.key?.length ? text.key.reduce((sum, k) => sum + keyLine(k.words), 16) : 0;
	// The export's source line names the publisher in full: at least as long as the page's.
	const source = small(words.export.source({ sections: text.sections })) + 16;
	const links = small(`${words.ui.embed.open} · ${words.ui.embed.data}`) + 16;
	// Padding above and below, and a line's slack for ragged lines the greedy wrap does not foresee.
	return 8 + title + takeaway + svg + key + notes + source + links + 16 + 24;
}

/**
 * An iframe height that shows the whole embed page without scrolling in a frame of any width of
 * EMBED_WIDTHS: the largest of its heights at those widths, rounded up to 10 px.
 */
export function embedHeight(
	layouts: readonly LayoutSize[],
	text: EmbedText,
	words: Pick<Messages, 'export' | 'ui'>
): number {
	const tallest = Math.max(...EMBED_WIDTHS.map((w) => embedHeightAt(w, layouts, text, words)));
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
