import { render } from 'svelte/server';
import { chartComponent, permalinkOf, type ChartSpec } from '../charts/registry.ts';
import { standaloneSvg } from '../export/svg.ts';
import { absoluteUrl } from './site.ts';

/** Server-rendered markup of a chart, without Svelte's hydration comments. */
export function chartMarkup(spec: ChartSpec, idPrefix = 'export'): string {
	const props = {
		layout: spec.layout,
		title: spec.title,
		desc: spec.desc,
		id: `${idPrefix}-${spec.id}`
	};
	return render(chartComponent(spec), { props }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** Absolute address of a chart, or a view of one, on the dashboard, at the chart's anchor. */
export function chartAddress(spec: ChartSpec): string {
	return absoluteUrl(permalinkOf(spec));
}

/** The chart as a standalone SVG file with its title, takeaway, notes, source line and address. */
export function exportSvg(spec: ChartSpec): string {
	return standaloneSvg(chartMarkup(spec), { ...spec, address: chartAddress(spec) });
}
