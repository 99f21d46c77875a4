import { render } from 'svelte/server';
import PlacesChart from '../charts/places/PlacesChart.svelte';
import { layoutPlaces } from '../charts/places/geometry.ts';
import { placeDatums } from '../charts/places/spec.ts';
import { buildCharts, buildViews, permalinkOf, type ChartSpec } from '../charts/registry.ts';
import type { FigureSpec } from '../charts/spec.ts';
import { langFor, type Lang } from '../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { embedCode, embedHeight } from '../ui/embed.ts';
import { figureMarkup } from './export-svg.ts';
import { loadPackage } from './data.ts';
import { absoluteUrl } from './site.ts';

const cached = new Map<Locale, { charts: ChartSpec[]; views: ChartSpec[] }>();

function built(lang: Lang): { charts: ChartSpec[]; views: ChartSpec[] } {
	let specs = cached.get(lang.locale);
	if (!specs) {
		const { data } = loadPackage();
		specs = { charts: buildCharts(data, lang), views: buildViews(data, lang) };
		cached.set(lang.locale, specs);
	}
	return specs;
}

/** The dashboard's charts in one edition, built once per build from static/data. */
export function charts(lang: Lang): ChartSpec[] {
	return built(lang).charts;
}

/** Every chart and every other view of one: each has its files (CSV, SVG, PNG) and embed page. */
export function chartFiles(lang: Lang): ChartSpec[] {
	return [...built(lang).charts, ...built(lang).views];
}

/** The ids of every chart and view, which are the same in every edition: for prerender entries. */
export function chartFileIds(): string[] {
	return chartFiles(langFor(DEFAULT_LOCALE)).map((c) => c.id);
}

/** A chart, or another view of one, by id. */
export function chart(id: string, lang: Lang): ChartSpec {
	const found = chartFiles(lang).find((c) => c.id === id);
	if (!found) throw new Error(`No chart with id "${id}"`);
	return found;
}

/** Where a chart lives on the site in its edition, with its anchor: "/ru/incidents/#deaths-per-incident". */
export function chartPermalink(spec: ChartSpec, lang: Lang): string {
	return lang.path(permalinkOf(spec));
}

/** Embed code for a chart's embed page, with the site's public address. */
export function chartEmbedCode(spec: ChartSpec, lang: Lang): string {
	const height = embedHeight(spec.layouts, spec, lang.m);
	return embedCode(absoluteUrl(lang.path(`/embed/${spec.id}/`)), spec.title, height);
}

/**
 * A chart for a page: its SVG rendered here, at build time, so the browser gets markup to show
 * rather than rows, geometry and drawing code; the CSV rows stay in the prerendered download.
 */
export function figure(id: string, lang: Lang): FigureSpec {
	const spec = chart(id, lang);
	const { kind, title, takeaway, desc, sections, notes, key, page, table } = spec;
	return {
		...{ id, kind, title, takeaway, desc, sections, notes, key, page, table },
		...('credit' in spec && spec.credit ? { credit: spec.credit } : {}),
		svg: figureMarkup(spec),
		permalink: chartPermalink(spec, lang),
		embedCode: chartEmbedCode(spec, lang)
	};
}

/** The figures of every chart whose spec places it on `page`, in the registry's order. */
export function pageFigures(page: string, lang: Lang): FigureSpec[] {
	return charts(lang)
		.filter((c) => c.page === page)
		.map((c) => figure(c.id, lang));
}

/** Width of the small places map, shown at this size and never scaled, so its names stay legible. */
export const LOCATOR_WIDTH = 240;

/** The small places map of the home page: names only, on Natural Earth's coarser outlines. */
export function placesLocator(lang: Lang): { svg: string; title: string; credit: string } {
	const spec = chart('places-map', lang);
	const layout = layoutPlaces(placeDatums(loadPackage().data, lang), LOCATOR_WIDTH, {
		resolution: '110m',
		small: true
	});
	const marked = lang.f.list(layout.marks.map((m) => m.lines.map((l) => l.text.trim()).join(' ')));
	const desc = lang.m.places.map.locatorDesc(marked);
	const props = { layout, title: spec.title, desc, id: 'locator-places' };
	return {
		svg: render(PlacesChart, { props }).body.replace(/<!--[\s\S]*?-->/g, ''),
		title: spec.title,
		credit: 'credit' in spec ? (spec.credit ?? '') : ''
	};
}
