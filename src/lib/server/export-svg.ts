import { render } from 'svelte/server';
import Chart from '../charts/Chart.svelte';
import type { ChartSpec } from '../charts/spec.ts';
import chartCss from '../charts/charts.css?raw';
import { REPORT } from '../source.ts';
import { wrapText, escapeXml } from '../export/text.ts';

const PAD = 16;
const LINE = 15;
const SMALL_LINE = 13;

/** The chart's light-theme styles: an exported file has a white background whatever the viewer's theme. */
const EXPORT_CSS = chartCss.replace(/@media \(prefers-color-scheme: dark\) \{[\s\S]*?\}\s*\}/, '');

/** Server-rendered markup of a chart, without Svelte's hydration comments. */
export function chartMarkup(spec: ChartSpec): string {
	return render(Chart, { props: { spec, idPrefix: 'export' } }).body.replace(
		/<!--[\s\S]*?-->/g,
		''
	);
}

/**
 * A standalone SVG file of the chart that carries its title, takeaway, notes and source line,
 * so the image never travels without its source.
 */
export function exportSvg(spec: ChartSpec, markup = chartMarkup(spec)): string {
	const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(markup);
	const chartWidth = Number(viewBox?.[1] ?? 400);
	const chartHeight = Number(viewBox?.[2] ?? 300);
	const width = chartWidth + PAD * 2;
	const perLine = Math.floor(chartWidth / 6.2);

	const lines: string[] = [];
	let y = PAD + 14;
	lines.push(`<text class="export-title" x="${PAD}" y="${y}">${escapeXml(spec.title)}</text>`);
	for (const line of wrapText(spec.takeaway, perLine)) {
		y += LINE;
		lines.push(`<text class="export-text" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
	}
	y += 10;
	const chartY = y;
	y += chartHeight + 8;
	const footer = [
		...spec.notes.map((n) => `Note: ${n}`),
		`Source: ${REPORT.publisher}, ${REPORT.title} (2013), ${spec.sections.length === 1 ? 'section' : 'sections'} ${spec.sections.map((s) => `“${s}”`).join(', ')}. ${REPORT.url}`
	];
	for (const paragraph of footer) {
		for (const line of wrapText(paragraph, Math.floor(chartWidth / 5.4))) {
			y += SMALL_LINE;
			lines.push(`<text class="export-small" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
		}
		y += 3;
	}
	const height = Math.ceil(y + PAD);
	const inner = markup.replace(
		/^<svg/,
		`<svg x="${PAD}" y="${chartY}" width="${chartWidth}" height="${chartHeight}"`
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">
<title>${escapeXml(spec.title)}</title>
<style>${EXPORT_CSS}
.export-title { font-size: 16px; font-weight: 700; fill: #1b1b1b; }
.export-text { font-size: 12.5px; fill: #1b1b1b; }
.export-small { font-size: 10.5px; fill: #565656; }</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${lines.join('\n')}
${inner}
</svg>
`;
}
