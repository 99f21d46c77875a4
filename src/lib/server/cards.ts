import type { ChartSpec } from '../charts/registry.ts';
import { EXPORT_CSS, EXPORT_FONT, LIGHT_COLOURS } from '../export/style.ts';
import { DATA_LICENCE } from '../export/svg.ts';
import { escapeXml, wrapText } from '../export/text.ts';
import { REPORT } from '../source.ts';
import { chartMarkup } from './export-svg.ts';

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

/** Where a card's parts go, in px. */
export const CARD_LAYOUT = {
	pad: PAD,
	textRight: PAD + TEXT_WIDTH,
	artLeft: ART_X,
	artTop: ART_TOP,
	artBottom: ART_BOTTOM,
	footerRule: FOOTER_RULE
} as const;
/** Average advance of one character in Inter, as a share of the font size, on the wide side. */
const CHAR = { regular: 0.56, bold: 0.62 };
/** Type sizes of a figure and its label on a card of figures. */
const VALUE_SIZE = 40;
const LABEL_SIZE = 24;

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

function colour(name: string): string {
	const value = LIGHT_COLOURS.get(name);
	if (!value) throw new Error(`charts.css declares no ${name}`);
	return value;
}

/** Text lines at the largest size in `sizes` that fits `maxLines` (at that size) lines of `width` px. */
function fit(
	text: string,
	width: number,
	sizes: number[],
	maxLines: number | ((size: number) => number),
	char: number
) {
	for (const size of sizes) {
		const lines = wrapText(text, Math.floor(width / (size * char)));
		if (lines.length <= (typeof maxLines === 'number' ? maxLines : maxLines(size)))
			return { size, lines };
	}
	const size = sizes.at(-1) ?? 16;
	return { size, lines: wrapText(text, Math.floor(width / (size * char))) };
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, cls: string): string {
	return lines
		.map(
			(line, i) =>
				`<text class="${cls}" x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</text>`
		)
		.join('\n');
}

/** The chart scaled to fit the right column, centred in it. */
function chartArt(spec: ChartSpec): string {
	const markup = chartMarkup(spec, 'card');
	return markup.replace(
		/^<svg/,
		`<svg x="${ART_X}" y="${ART_TOP}" width="${ART_WIDTH}" height="${ART_BOTTOM - ART_TOP}" preserveAspectRatio="xMidYMid meet"`
	);
}

/** Up to six figures in large type, each with its label beside it, or under it where it does not fit. */
function figureArt(figures: CardFigure[]): string {
	const shown = figures.slice(0, 6);
	const row = (ART_BOTTOM - ART_TOP) / shown.length;
	return shown
		.map((f, i) => {
			const middle = ART_TOP + row * i + row / 2;
			const beside =
				f.value.length * VALUE_SIZE * CHAR.bold + 14 + f.label.length * LABEL_SIZE * CHAR.regular <=
				ART_WIDTH;
			if (beside)
				return `<text x="${ART_X}" y="${middle + 8}"><tspan class="card-value">${escapeXml(f.value)}</tspan><tspan class="card-label" dx="14">${escapeXml(f.label)}</tspan></text>`;
			return `<text class="card-value" x="${ART_X}" y="${middle - 2}">${escapeXml(f.value)}</text>\n<text class="card-label" x="${ART_X}" y="${middle + 24}">${escapeXml(f.label)}</text>`;
		})
		.join('\n');
}

/**
 * A 1200×630 share card: the dashboard's name, a title and summary on the left, a chart or figures
 * on the right, and the source, licence and address along the bottom.
 */
export function cardSvg(card: Card): string {
	const ink = colour('--chart-ink');
	const muted = colour('--chart-muted');
	const accent = colour('--chart-bar');
	const title = fit(card.title, TEXT_WIDTH, [52, 46, 40, 34, 30], 3, CHAR.bold);
	const titleTop = 150 + title.size * 0.2;
	const titleBottom = titleTop + (title.lines.length - 1) * title.size * 1.15;
	const summaryTop = titleBottom + 56;
	const summary = fit(
		card.summary,
		TEXT_WIDTH,
		[26, 24, 22, 20, 18],
		// The lines that fit above the footer at each size, 1.35 lines apart.
		(size) => Math.floor((TEXT_BOTTOM - summaryTop) / (size * 1.35)) + 1,
		CHAR.regular
	);
	const source = `Source: ${REPORT.publisher}, ${REPORT.title} (2013)`;
	const mapCredit = 'chart' in card.art ? card.art.chart.shortCredit : undefined;
	const credit = [`Data: ${DATA_LICENCE}`, mapCredit, card.address].filter(Boolean).join(' · ');
	const art = 'chart' in card.art ? chartArt(card.art.chart) : figureArt(card.art.figures);
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${EXPORT_FONT}">
<title>${escapeXml(card.title)}</title>
<style>${EXPORT_CSS}
.card-site { font-size: 24px; font-weight: 600; fill: ${accent}; }
.card-title { font-size: ${title.size}px; font-weight: 700; fill: ${ink}; }
.card-summary { font-size: ${summary.size}px; fill: ${ink}; }
.card-value { font-size: ${VALUE_SIZE}px; font-weight: 700; fill: ${accent}; }
.card-label { font-size: ${LABEL_SIZE}px; fill: ${ink}; }
.card-small { font-size: 18px; fill: ${muted}; }</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<rect width="${CARD_WIDTH}" height="10" fill="${accent}"/>
<text class="card-site" x="${PAD}" y="66">${escapeXml(card.siteName)}</text>
${textLines(title.lines, PAD, titleTop, title.size * 1.15, 'card-title')}
${textLines(summary.lines, PAD, summaryTop, summary.size * 1.35, 'card-summary')}
${art}
<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${FOOTER_RULE}" y2="${FOOTER_RULE}" stroke="${colour('--chart-rule')}" stroke-width="1"/>
<text class="card-small" x="${PAD}" y="582">${escapeXml(source)}</text>
<text class="card-small" x="${PAD}" y="608">${escapeXml(credit)}</text>
</svg>
`;
}
