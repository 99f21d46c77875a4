import type { Section } from '../data/types.ts';
import type { BarLayout } from './bars/geometry.ts';
import type { EventLayout } from './events/geometry.ts';
import type { IncidentLayout } from './incidents/geometry.ts';
import type { SentenceLayout } from './sentences/geometry.ts';
import type { PeriodLayout } from './websites/geometry.ts';

export interface TableColumn {
	key: string;
	label: string;
	/** Right-aligned, for numbers. */
	numeric?: boolean;
}

/** A chart with its geometry computed at build time, so the browser needs no D3 to show it. */
interface SpecBase {
	/** Slug: the anchor, the download file names and the embed path. */
	id: string;
	title: string;
	/** One sentence in words: what the chart shows. */
	takeaway: string;
	/** Text alternative: every value in words. */
	desc: string;
	sections: Section[];
	notes: string[];
	/** Page the chart lives on, e.g. "/incidents/". */
	page: string;
	/** The table view: the same rows, formatted for reading. */
	table: { columns: TableColumn[]; rows: Record<string, string>[] };
	/** The CSV download: exactly the rows drawn, unformatted. */
	csv: { columns: string[]; rows: object[] };
}

export type ChartSpec =
	| (SpecBase & { kind: 'bars'; layout: BarLayout })
	| (SpecBase & { kind: 'incidents'; layout: IncidentLayout })
	| (SpecBase & { kind: 'sentences'; layout: SentenceLayout })
	| (SpecBase & { kind: 'events'; layout: EventLayout })
	| (SpecBase & { kind: 'periods'; layout: PeriodLayout });

export type ChartId = ChartSpec['id'];

/** What a page needs to show a chart: the SVG already rendered at build time, no rows or geometry. */
export interface FigureSpec extends Omit<SpecBase, 'csv'> {
	kind: ChartSpec['kind'];
	/** Columns of the chart's CSV, for a download made in the browser. */
	csvColumns: string[];
	/** Server-rendered SVG markup of the chart. */
	svg: string;
	/** Height in px that an iframe of the chart's embed page needs at about 600 px wide. */
	embedHeight: number;
}
