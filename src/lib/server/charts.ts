import { buildCharts, type ChartSpec } from '../charts/registry.ts';
import type { FigureSpec } from '../charts/spec.ts';
import { chartMarkup } from './export-svg.ts';
import { loadPackage } from './data.ts';

let cached: ChartSpec[] | undefined;

/** The dashboard's charts, built once per build from static/data. */
export function charts(): ChartSpec[] {
	cached ??= buildCharts(loadPackage().data);
	return cached;
}

export function chart(id: string): ChartSpec {
	const found = charts().find((c) => c.id === id);
	if (!found) throw new Error(`No chart with id "${id}"`);
	return found;
}

/**
 * An iframe height that shows the whole embed page at about 600 px wide: the chart scaled from
 * its 400-unit viewBox, plus title, takeaway, notes and source at a generous line count each.
 */
export function embedHeight(spec: ChartSpec): number {
	const scale = (600 - 32) / spec.layout.width;
	const words = 80 + 80 + spec.notes.length * 56 + 70 + 60;
	return Math.ceil((spec.layout.height * scale + words) / 10) * 10;
}

/**
 * A chart for a page: its SVG rendered here, at build time, so the browser gets markup to show
 * rather than rows, geometry and drawing code; the CSV rows stay in the prerendered download.
 */
export function figure(id: string): FigureSpec {
	const spec = chart(id);
	const { kind, title, takeaway, desc, sections, notes, page, table } = spec;
	return {
		...{ id, kind, title, takeaway, desc, sections, notes, page, table },
		csvColumns: spec.csv.columns,
		svg: chartMarkup(spec, 'chart'),
		embedHeight: embedHeight(spec)
	};
}
