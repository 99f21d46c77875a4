import type { Section } from '../data/types.ts';
import { REPORT } from '../source.ts';
import { escapeXml, wrapText } from './text.ts';
import { listInWords, plural } from '../format/index.ts';
import { EXPORT_CSS, EXPORT_FONT } from './style.ts';

const PAD = 16;
const TITLE_LINE = 22;
const LINE = 17;
const SMALL_LINE = 15;
/** Widths of one character, in px, at the export's three text sizes: on the wide side of common fonts. */
export const TITLE_CHAR = 11.3;
export const TEXT_CHAR = 8.2;
export const SMALL_CHAR = 7.3;

/** The licence of the published tables (datapackage.json), named on every exported image. */
export const DATA_LICENCE = 'CC0 1.0';

export interface ExportText {
	title: string;
	takeaway: string;
	notes: string[];
	sections: Section[];
	/** Absolute address of the chart on the dashboard, written under the source line. */
	address?: string;
	/** Whose data the drawing uses besides the report's, e.g. a map's gazetteer and borders. */
	credit?: string;
}

/** The source line every exported image carries. */
export function sourceLine(sections: Section[]): string {
	const names = listInWords(sections.map((s) => `“${s}”`));
	return `Source: ${REPORT.publisher}, ${REPORT.title} (2013), ${plural(sections.length, 'section', 'sections')} ${names}. ${REPORT.url}`;
}

/**
 * A standalone SVG file around a chart's markup that carries its title, takeaway, notes and
 * source line, so the image never travels without its source. Used at build time and in the browser.
 */
export function standaloneSvg(markup: string, text: ExportText): string {
	const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
	const chartWidth = Number(viewBox?.[1] ?? 400);
	const chartHeight = Number(viewBox?.[2] ?? 300);
	const width = chartWidth + PAD * 2;

	const lines: string[] = [];
	let y = PAD;
	// Generous widths per character, so that wider fonts than the one measured still fit.
	for (const line of wrapText(text.title, Math.floor(chartWidth / TITLE_CHAR))) {
		y += TITLE_LINE;
		lines.push(`<text class="export-title" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
	}
	y += 3;
	for (const line of wrapText(text.takeaway, Math.floor(chartWidth / TEXT_CHAR))) {
		y += LINE;
		lines.push(`<text class="export-text" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
	}
	y += 10;
	const chartY = y;
	y += chartHeight + 8;
	const credit = [`Data: ${DATA_LICENCE}`, text.address].filter(Boolean).join(' · ');
	for (const paragraph of [
		...text.notes.map((n) => `Note: ${n}`),
		sourceLine(text.sections),
		...(text.credit ? [text.credit] : []),
		credit
	]) {
		for (const line of wrapText(paragraph, Math.floor(chartWidth / SMALL_CHAR))) {
			y += SMALL_LINE;
			lines.push(`<text class="export-small" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
		}
		y += 3;
	}
	const height = Math.ceil(y + PAD);
	const inner = markup
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(
			/^<svg/,
			`<svg x="${PAD}" y="${chartY}" width="${chartWidth}" height="${chartHeight}"`
		);
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}">
<title>${escapeXml(text.title)}</title>
<style>${EXPORT_CSS}
.export-title { font-size: 18px; font-weight: 700; fill: #1b1b1b; }
.export-text { font-size: 13.5px; fill: #1b1b1b; }
.export-small { font-size: 12px; fill: #4a4a4a; }</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${lines.join('\n')}
${inner}
</svg>
`;
}
