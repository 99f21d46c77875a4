import { render } from 'svelte/server';
import { chartComponent, type ChartSpec } from '../charts/registry.ts';
import { standaloneSvg } from '../export/svg.ts';

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

/** The chart as a standalone SVG file with its title, takeaway, notes and source line. */
export function exportSvg(spec: ChartSpec): string {
	return standaloneSvg(chartMarkup(spec), spec);
}
