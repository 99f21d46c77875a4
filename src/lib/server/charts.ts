import { render } from 'svelte/server';
import { listInWords } from '../format/index.ts';
import PlacesChart from '../charts/places/PlacesChart.svelte';
import { layoutPlaces } from '../charts/places/geometry.ts';
import { placeDatums } from '../charts/places/spec.ts';
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
		...('credit' in spec && spec.credit ? { credit: spec.credit } : {}),
		svg: figureMarkup(spec),
		permalink: permalinkOf(spec),
		embedCode: chartEmbedCode(spec)
	};
}

/** The figures of every chart whose spec places it on `page`, in the registry's order. */
export function pageFigures(page: string): FigureSpec[] {
	return charts()
		.filter((c) => c.page === page)
		.map((c) => figure(c.id));
}

/** Width of the small places map, shown at this size and never scaled, so its names stay legible. */
export const LOCATOR_WIDTH = 240;

/** The small places map of the home page: names only, on Natural Earth's coarser outlines. */
export function placesLocator(): { svg: string; title: string; credit: string } {
	const spec = chart('places-map');
	const layout = layoutPlaces(placeDatums(loadPackage().data), LOCATOR_WIDTH, {
		resolution: '110m',
		small: true
	});
	const desc = `Map of Kazakhstan marking ${listInWords(layout.marks.map((m) => m.lines.map((l) => l.text.trim()).join(' ')))}.`;
	const props = { layout, title: spec.title, desc, id: 'locator-places' };
	return {
		svg: render(PlacesChart, { props }).body.replace(/<!--[\s\S]*?-->/g, ''),
		title: spec.title,
		credit: 'credit' in spec ? (spec.credit ?? '') : ''
	};
}
