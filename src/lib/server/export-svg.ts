import { render } from 'svelte/server';
import { chartComponent, permalinkOf, type ChartSpec } from '../charts/registry.ts';
import { exportLayout, type SizedLayout } from '../charts/spec.ts';
import type { Lang } from '../i18n/index.ts';
import ExportFrame from '../export/ExportFrame.svelte';
import { layoutCard, type Card } from './cards.ts';
import ShareCard from './ShareCard.svelte';
import { absoluteUrl } from './site.ts';

/** Server-rendered markup of one layout of a chart, without Svelte's hydration comments. */
function layoutMarkup(spec: ChartSpec, layout: SizedLayout, id: string): string {
	const props = { layout, title: spec.title, desc: spec.desc, id };
	return render(chartComponent(spec), { props }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** The chart as its downloads and share card draw it: the export layout alone. */
export function chartMarkup(spec: ChartSpec, idPrefix = 'export'): string {
	return layoutMarkup(spec, exportLayout(spec), `${idPrefix}-${spec.id}`);
}

/**
 * The chart as a page shows it: one SVG per layout width, of which the page's CSS shows the widest
 * that its column holds (see `.chart-layouts` in charts.css).
 */
export function figureMarkup(spec: ChartSpec, idPrefix = 'chart'): string {
	const svgs = spec.layouts.map((layout) =>
		layoutMarkup(spec, layout, `${idPrefix}-${spec.id}-${layout.width}`)
	);
	return `<div class="chart-layouts">${svgs.join('')}</div>`;
}

/** Absolute address of a chart, or a view of one, on the dashboard, at the chart's anchor. */
export function chartAddress(spec: ChartSpec, lang: Lang): string {
	return absoluteUrl(lang.path(permalinkOf(spec)));
}

/** What every standalone SVG file starts with. */
export const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The chart as a standalone SVG file with its title, takeaway, notes, source line and address, so
 * the image never travels without its source. Svelte's hydration markers stay: they are XML comments.
 */
export function exportSvg(spec: ChartSpec, lang: Lang): string {
	const text = { ...spec, address: chartAddress(spec, lang) };
	const words = lang.m.export;
	return `${XML_PROLOG}\n${render(ExportFrame, { props: { spec, text, words } }).body}\n`;
}

/** A share card as an SVG file, for resvg to draw as the PNG that social sites show. */
export function cardSvg(card: Card, lang: Lang): string {
	const drawing = layoutCard(card, lang.m.export);
	return `${XML_PROLOG}\n${render(ShareCard, { props: { card: drawing } }).body}\n`;
}
