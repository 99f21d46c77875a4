import { render } from 'svelte/server';
import Chart from '../charts/Chart.svelte';
import type { ChartSpec } from '../charts/spec.ts';
import { standaloneSvg } from '../export/svg.ts';
import { absoluteUrl } from './site.ts';

/** Server-rendered markup of a chart, without Svelte's hydration comments. */
export function chartMarkup(spec: ChartSpec, idPrefix = 'export'): string {
	return render(Chart, { props: { spec, idPrefix } }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** Absolute address of a chart on the dashboard: its page, at the chart's anchor. */
export function chartAddress(spec: Pick<ChartSpec, 'id' | 'page'>): string {
	return absoluteUrl(`${spec.page}#${spec.id}`);
}

/** The chart as a standalone SVG file with its title, takeaway, notes, source line and address. */
export function exportSvg(spec: ChartSpec): string {
	return standaloneSvg(chartMarkup(spec), { ...spec, address: chartAddress(spec) });
}
