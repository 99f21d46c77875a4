import { buildCharts, buildViews, permalinkOf, type ChartSpec } from '../charts/registry.ts';
import type { FigureSpec } from '../charts/spec.ts';
import { embedCode, embedHeight } from '../ui/embed.ts';
import { figureMarkup } from './export-svg.ts';
import { loadPackage } from './data.ts';
import { absoluteUrl } from './site.ts';

let cached: { charts: ChartSpec[]; views: ChartSpec[] } | undefined;

function built(): { charts: ChartSpec[]; views: ChartSpec[] } {
	if (!cached) {
		const { data } = loadPackage();
		cached = { charts: buildCharts(data), views: buildViews(data) };
	}
	return cached;
}

/** The dashboard's charts, built once per build from static/data. */
export function charts(): ChartSpec[] {
	return built().charts;
}

/** Every chart and every other view of one: each has its files (CSV, SVG, PNG) and embed page. */
export function chartFiles(): ChartSpec[] {
	return [...built().charts, ...built().views];
}

/** A chart, or another view of one, by id. */
export function chart(id: string): ChartSpec {
	const found = chartFiles().find((c) => c.id === id);
	if (!found) throw new Error(`No chart with id "${id}"`);
	return found;
}

/** Embed code for a chart's embed page, with the site's public address. */
export function chartEmbedCode(spec: ChartSpec): string {
	const height = embedHeight(spec.layouts, spec);
	return embedCode(absoluteUrl(`/embed/${spec.id}/`), spec.title, height);
}

/**
 * A chart for a page: its SVG rendered here, at build time, so the browser gets markup to show
 * rather than rows, geometry and drawing code; the CSV rows stay in the prerendered download.
 */
export function figure(id: string): FigureSpec {
	const spec = chart(id);
	const { kind, title, takeaway, desc, sections, notes, key, page, table } = spec;
	return {
		...{ id, kind, title, takeaway, desc, sections, notes, key, page, table },
		svg: figureMarkup(spec),
		permalink: permalinkOf(spec),
		embedCode: chartEmbedCode(spec)
	};
}
