import { render } from 'svelte/server';
import { chartComponent, permalinkOf, type ChartSpec } from '../charts/registry.ts';
import { exportLayout, type SizedLayout } from '../charts/spec.ts';
import { standaloneSvg } from '../export/svg.ts';
import type { Lang } from '../i18n/index.ts';
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

/** The chart as a standalone SVG file with its title, takeaway, notes, source line and address. */
export function exportSvg(spec: ChartSpec, lang: Lang): string {
	return standaloneSvg(chartMarkup(spec), { ...spec, address: chartAddress(spec, lang) });
}
