import type { ChartSpec } from '../charts/registry.ts';
import type { ChartPlace } from '../charts/spec.ts';
import { EXPORT_CSS, LIGHT_COLOURS } from '../export/style.ts';
import { wrapByWidth } from '../export/text.ts';
import { DATA_LICENCE, type ExportWords } from '../export/words.ts';
import { measure, type FontWeight } from '../text/measure.ts';

/** Size of a share card: what social sites show for a link. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const PAD = 56;
/** The left column holds the words, the right one the chart or the figures. */
const TEXT_WIDTH = 440;
const ART_X = 528;
const ART_WIDTH = CARD_WIDTH - ART_X - PAD;
const ART_TOP = 104;
const ART_BOTTOM = 532;
/** The last baseline of the summary. */
const TEXT_BOTTOM = 512;
/** The rule above the source and address. */
const FOOTER_RULE = 552;
/** Space between a figure and its label beside it. */
const FIGURE_GAP = 14;

/** Where a card's parts go, in px. */
export const CARD_LAYOUT = {
	pad: PAD,
	textRight: PAD + TEXT_WIDTH,
	artLeft: ART_X,
	artRight: CARD_WIDTH - PAD,
	artTop: ART_TOP,
	artBottom: ART_BOTTOM,
	footerRule: FOOTER_RULE
} as const;

/** The card's kinds of text: size in px (the largest that fits, for title and summary) and weight. */
export const CARD_TYPE = {
	site: { sizes: [24], weight: 600 },
	title: { sizes: [52, 46, 40, 34, 30], weight: 700 },
	summary: { sizes: [26, 24, 22, 20, 18], weight: 400 },
	value: { sizes: [40], weight: 700 },
	label: { sizes: [24], weight: 400 },
	small: { sizes: [18], weight: 400 }
} as const satisfies Record<string, { sizes: readonly number[]; weight: FontWeight }>;
export type CardTextKind = keyof typeof CARD_TYPE;

export interface CardFigure {
	/** The figure as written, with its lower-bound words ("at least 20"). */
	value: string;
	label: string;
}

export interface Card {
	/** Name of the dashboard, at the top. */
	siteName: string;
	title: string;
	/** One or two sentences under the title. */
	summary: string;
	/** The picture on the right: a chart, or a few figures in large type. */
	art: { chart: ChartSpec } | { figures: CardFigure[] };
	/** Absolute address of the page or chart. */
	address: string;
}

/** One line of a card's text, at a baseline. */
export interface CardLine {
	kind: CardTextKind;
	text: string;
	x: number;
	y: number;
}

/** A figure with its label beside it (`labelDx` after the figure), or under it (`label` a line of its own). */
export type PlacedFigure =
	| { beside: true; value: string; label: string; x: number; y: number; labelDx: number }
	| { beside: false; value: CardLine; label: CardLine };

/** Everything a card draws, placed. */
export interface CardDrawing {
	title: string;
	/** The size each kind of text is drawn at. */
	sizes: Record<CardTextKind, number>;
	lines: CardLine[];
	art: { chart: ChartSpec; place: ChartPlace } | { figures: PlacedFigure[] };
	colours: { ink: string; muted: string; accent: string; rule: string };
}

/**
 * Width of a card's text: cards are drawn only as PNGs, by resvg with the bundled Inter, so
 * Inter's own metrics decide.
 */
export function cardTextWidth(text: string, kind: CardTextKind, size: number): number {
	return measure(text, size, CARD_TYPE[kind].weight, 'inter');
}

/** Lines of a card's text wrapped to `width` px at `size`. */
export function cardLines(text: string, kind: CardTextKind, size: number, width: number): string[] {
	return wrapByWidth(text, width, (line) => cardTextWidth(line, kind, size));
}

/** Text lines at the largest size of its kind that fits `maxLines` (at that size) lines of `width` px. */
function fit(
	text: string,
	kind: 'title' | 'summary',
	width: number,
	maxLines: (size: number) => number
): { size: number; lines: string[] } {
	const sizes = CARD_TYPE[kind].sizes;
	for (const size of sizes) {
		const lines = cardLines(text, kind, size, width);
		if (lines.length <= maxLines(size)) return { size, lines };
	}
	const size = sizes[sizes.length - 1] ?? sizes[0];
	return { size, lines: cardLines(text, kind, size, width) };
}

function colour(name: string): string {
	const value = LIGHT_COLOURS.get(name);
	if (!value) throw new Error(`charts.css declares no ${name}`);
	return value;
}

/** Up to six figures in large type, each with its label beside it, or under it where it does not fit. */
function placeFigures(figures: CardFigure[]): PlacedFigure[] {
	const shown = figures.slice(0, 6);
	const row = (ART_BOTTOM - ART_TOP) / shown.length;
	const [value] = CARD_TYPE.value.sizes;
	const [label] = CARD_TYPE.label.sizes;
	return shown.map((f, i): PlacedFigure => {
		const middle = ART_TOP + row * i + row / 2;
		const valueWidth = cardTextWidth(f.value, 'value', value);
		if (valueWidth + FIGURE_GAP + cardTextWidth(f.label, 'label', label) <= ART_WIDTH)
			return { beside: true, ...f, x: ART_X, y: middle + 8, labelDx: FIGURE_GAP };
		return {
			beside: false,
			value: { kind: 'value', text: f.value, x: ART_X, y: middle - 2 },
			label: { kind: 'label', text: f.label, x: ART_X, y: middle + 24 }
		};
	});
}

/**
 * A 1200×630 share card laid out: the dashboard's name, a title and summary on the left, a chart
 * or figures on the right, and the source, licence and address along the bottom.
 */
export function layoutCard(card: Card, words: ExportWords): CardDrawing {
	const title = fit(card.title, 'title', TEXT_WIDTH, () => 3);
	const titleTop = 150 + title.size * 0.2;
	const titleLine = title.size * 1.15;
	const summaryTop = titleTop + (title.lines.length - 1) * titleLine + 56;
	// The lines that fit above the footer at each size, 1.35 lines apart.
	const summary = fit(
		card.summary,
		'summary',
		TEXT_WIDTH,
		(size) => Math.floor((TEXT_BOTTOM - summaryTop) / (size * 1.35)) + 1
	);
	const mapCredit = 'chart' in card.art ? card.art.chart.shortCredit : undefined;
	const credit = [words.data({ licence: DATA_LICENCE }), mapCredit, card.address]
		.filter(Boolean)
		.join(words.separator);
	const lines: CardLine[] = [
		{ kind: 'site', text: card.siteName, x: PAD, y: 66 },
		...title.lines.map((text, i) => ({
			kind: 'title' as const,
			text,
			x: PAD,
			y: titleTop + i * titleLine
		})),
		...summary.lines.map((text, i) => ({
			kind: 'summary' as const,
			text,
			x: PAD,
			y: summaryTop + i * summary.size * 1.35
		})),
		{ kind: 'small', text: words.sourceShort(), x: PAD, y: 582 },
		{ kind: 'small', text: credit, x: PAD, y: 608 }
	];
	const place = { x: ART_X, y: ART_TOP, width: ART_WIDTH, height: ART_BOTTOM - ART_TOP };
	return {
		title: card.title,
		sizes: {
			site: CARD_TYPE.site.sizes[0],
			title: title.size,
			summary: summary.size,
			value: CARD_TYPE.value.sizes[0],
			label: CARD_TYPE.label.sizes[0],
			small: CARD_TYPE.small.sizes[0]
		},
		lines,
		art:
			'chart' in card.art
				? { chart: card.art.chart, place }
				: { figures: placeFigures(card.art.figures) },
		colours: {
			ink: colour('--chart-ink'),
			muted: colour('--chart-muted'),
			accent: colour('--chart-bar'),
			rule: colour('--chart-rule')
		}
	};
}

/** The card's styles: the chart's, then each kind of text at the size it was laid out for. */
export function cardCss({ sizes, colours }: CardDrawing): string {
	const fill: Record<CardTextKind, string> = {
		site: colours.accent,
		title: colours.ink,
		summary: colours.ink,
		value: colours.accent,
		label: colours.ink,
		small: colours.muted
	};
	const rules = (Object.keys(CARD_TYPE) as CardTextKind[]).map(
		(kind) =>
			`.card-${kind} { font-size: ${sizes[kind]}px; font-weight: ${CARD_TYPE[kind].weight}; fill: ${fill[kind]}; }`
	);
	return [EXPORT_CSS, ...rules].join('\n');
}
