import type { Component } from 'svelte';
import type { Dataset, Section } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';
import { EXPORT_WIDTH, LAYOUT_WIDTHS } from './common.ts';

export interface TableColumn {
	key: string;
	label: string;
	/** Right-aligned, for numbers. */
	numeric?: boolean;
}

/** Table columns from key → label, in order; the keys in `numeric` are right-aligned. */
export function tableColumns(
	labels: Record<string, string>,
	numeric: readonly string[] = []
): TableColumn[] {
	return Object.entries(labels).map(([key, label]) =>
		numeric.includes(key) ? { key, label, numeric: true } : { key, label }
	);
}

/** A special encoding a chart uses, and what it means in words: one line of the chart's key. */
export interface KeyEntry {
	/** Which mark to draw beside the words. */
	symbol:
		| 'lower-bound'
		| 'approximate'
		| 'life'
		| 'not-stated'
		| 'open-end'
		| 'year-only'
		| 'day'
		| 'month'
		| 'relative'
		| 'kind-operation'
		| 'kind-explosion'
		| 'count'
		| 'place'
		| 'near'
		| 'region'
		| 'minimum-words'
		| 'participant';
	words: string;
}

/** What a figure says, whatever its kind: computed at build time by the chart's spec.ts. */
export interface SpecBase {
	/** Slug: the anchor, the download file names and the embed path. */
	id: string;
	title: string;
	/** One sentence in words: what the chart shows. */
	takeaway: string;
	/** Text alternative: every value in words. */
	desc: string;
	sections: Section[];
	notes: string[];
	/** The chart's special encodings explained, for the key beside it. */
	key: KeyEntry[];
	/** Whose data the drawing uses besides the report's, shown under the chart and in its exports. */
	credit?: string;
	/** The same in a few words, for the share card's footer. */
	shortCredit?: string;
	/** Page the chart lives on, e.g. "/incidents/". */
	page: string;
	/** Where on the site this figure is shown, when not at `${page}#${id}`. */
	permalink?: string;
	/** The table view: the same rows, formatted for reading. */
	table: { columns: TableColumn[]; rows: Record<string, string>[] };
	/** The CSV download: exactly the rows drawn, unformatted. */
	csv: { columns: string[]; rows: object[] };
}

/** Every layout is drawn in a viewBox of this size. */
export interface SizedLayout {
	width: number;
	height: number;
}

/** A chart of one kind, with its geometry computed at build time so the browser needs no D3. */
export interface ChartSpecOf<K extends string, L extends SizedLayout> extends SpecBase {
	kind: K;
	/** The chart laid out for each of LAYOUT_WIDTHS, narrowest first. */
	layouts: L[];
}

/** A chart laid out for each of LAYOUT_WIDTHS, narrowest first. */
export function layoutsFor<L extends SizedLayout>(layout: (width: number) => L): L[] {
	return LAYOUT_WIDTHS.map((width) => layout(width));
}

/** The layout of a chart's SVG and PNG downloads and of its share card. */
export function exportLayout<S extends { layouts: readonly SizedLayout[] }>(
	spec: S
): S['layouts'][number] {
	const found = spec.layouts.find((l: SizedLayout) => l.width === EXPORT_WIDTH);
	if (!found) throw new Error(`The chart has no layout ${EXPORT_WIDTH} wide`);
	return found;
}

/** Where a chart is drawn inside another SVG (an export frame, a share card), in its units. */
export interface ChartPlace {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The props every chart component takes. */
export interface ChartProps<L extends SizedLayout> {
	/** Geometry computed by the chart's geometry.ts at build time. */
	layout: L;
	/** Accessible name of the chart. */
	title: string;
	/** The chart's content in words. */
	desc: string;
	/** Unique prefix for element ids. */
	id: string;
	/** Set when the chart is nested in another SVG; a page's chart scales to its container. */
	place?: ChartPlace;
}

/** One chart of the dashboard: how it is built from the data and which component draws it. */
export interface ChartDefinition<K extends string, L extends SizedLayout> {
	kind: K;
	component: Component<ChartProps<L>>;
	/** The chart in one edition's words. */
	build(data: Dataset, lang: Lang): ChartSpecOf<K, L>;
	/** Other views of the chart a page can show, each with its own files and embed page. */
	views?(data: Dataset, lang: Lang): ChartSpecOf<K, L>[];
}

/** What a page needs to show a chart: the SVG already rendered at build time, no rows or geometry. */
export interface FigureSpec extends Omit<SpecBase, 'csv'> {
	kind: string;
	/** Server-rendered SVG markup of the chart. */
	svg: string;
	/** Where on the site the figure is shown, with its anchor. */
	permalink: string;
	/** Code that embeds the figure's embed page in another site, with absolute addresses. */
	embedCode: string;
}
