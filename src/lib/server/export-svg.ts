import { render } from 'svelte/server';
import Chart from '../charts/Chart.svelte';
import type { ChartSpec } from '../charts/spec.ts';
import { standaloneSvg } from '../export/svg.ts';

/** Server-rendered markup of a chart, without Svelte's hydration comments. */
export function chartMarkup(spec: ChartSpec, idPrefix = 'export'): string {
	return render(Chart, { props: { spec, idPrefix } }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** The chart as a standalone SVG file with its title, takeaway, notes and source line. */
export function exportSvg(spec: ChartSpec): string {
	return standaloneSvg(chartMarkup(spec), spec);
}
