import { scaleUtc, utcMonth, utcYear } from 'd3';
import { publishedOn, REPORT } from '../../source.ts';
import type { WebsiteFigure } from '../../data/types.ts';
import { formatCount, formatDate, formatPeriod } from '../../format/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth,
	type LabelledRow,
	type Span
} from '../common.ts';

/** The report's publication: no figure in it can run later than this. */
export const PUBLISHED = new Date(`${REPORT.published}T00:00:00Z`);

/** Each measure in words. */
export const MEASURE = { reviewed: 'reviewed', shut_down: 'shut down' } as const;

/** "1,800 websites reviewed". */
export function websitesCounted(w: WebsiteFigure): string {
	return `${formatCount(w.websites)} websites ${MEASURE[w.measure]}`;
}

/** Label "1,800 websites reviewed"; detail "Agency for Religious Affairs · Jan 2012 – Sept 2012". */
export interface WebsiteMark extends LabelledRow {
	/** The stated period, drawn solid; null when no part of it is stated to the month. */
	bar: Span | null;
	/** A start the report gives as a year only: the whole year, drawn dashed. */
	fuzzyStart: Span | null;
	/** No end date: an arrow from the start to the report's publication. */
	openEnd: Span | null;
	/** Everything about the figure in words: the mark's SVG title. */
	title: string;
}

export interface WebsitesLayout {
	width: number;
	height: number;
	barHeight: number;
	axis: {
		y: number;
		left: number;
		right: number;
		/** Each year's line, its label right of it, or left of it at the chart's right edge. */
		ticks: { x: number; label: string; labelX: number; anchor: 'start' | 'end' }[];
	};
	/** x where each figure's words start. */
	textX: number;
	/** Where the report's publication sits on the axis, and the baseline of its label. */
	published: { x: number; label: string; labelY: number };
	marks: WebsiteMark[];
}

const LEFT = 4;
const RIGHT = 12;
const TOP = 26;
const BAR = 14;

/** First day of a YYYY or YYYY-MM period start. */
function startOf(text: string): Date {
	const [y, m] = text.split('-').map(Number) as [number, number | undefined];
	return new Date(Date.UTC(y, (m ?? 1) - 1, 1));
}

/** First day after a YYYY or YYYY-MM period end. */
function endOf(text: string): Date {
	const [y, m] = text.split('-').map(Number) as [number, number | undefined];
	return m === undefined ? new Date(Date.UTC(y + 1, 0, 1)) : new Date(Date.UTC(y, m, 1));
}

/**
 * Each website figure as the period it covers, on a common time axis: the figures count different
 * things over different spans, so the chart compares periods, never the counts' sizes.
 */
export function layoutWebsites(
	rows: readonly WebsiteFigure[],
	width: number = EXPORT_WIDTH
): WebsitesLayout {
	const firstYear = Math.min(2012, ...rows.map((w) => Number(w.period_start.slice(0, 4))));
	const x = scaleUtc()
		.domain([new Date(Date.UTC(firstYear, 0, 1)), utcMonth.offset(utcMonth.floor(PUBLISHED), 2)])
		.range([LEFT, width - RIGHT]);
	const textX = LEFT + 2;
	const textRoom = width - textX - 2;
	let y = TOP;
	const marks = rows.map((w): WebsiteMark => {
		const label = websitesCounted(w);
		const detail = `${w.agency} · ${formatPeriod(w.period_start, w.period_end)}`;
		const labelLines = wrapToWidth(label, textRoom);
		const detailLines = wrapToWidth(detail, textRoom, SMALL_SIZE);
		const labelY = y + FONT_SIZE;
		const detailY = labelY + labelLines.length * LINE_HEIGHT - 2;
		const barY = detailY + (detailLines.length - 1) * LINE_HEIGHT + 7;
		y = barY + BAR + 16;
		const yearOnly = w.period_start.length === 4;
		const from = startOf(w.period_start);
		const solidFrom = yearOnly ? endOf(w.period_start) : from;
		return {
			id: w.id,
			label,
			detail,
			labelLines,
			detailLines,
			title: `${websitesCounted(w)}, according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}${w.period_start_precision === 'year' ? '; the report gives only the year it starts from' : ''}. Source: “${w.section}”.`,
			labelY: roundTenth(labelY),
			detailY: roundTenth(detailY),
			barY: roundTenth(barY),
			bar:
				w.period_end === null
					? null
					: { x1: roundTenth(x(solidFrom)), x2: roundTenth(x(endOf(w.period_end))) },
			fuzzyStart: yearOnly ? { x1: roundTenth(x(from)), x2: roundTenth(x(solidFrom)) } : null,
			openEnd:
				w.period_end === null
					? { x1: roundTenth(x(solidFrom)), x2: roundTenth(x(PUBLISHED)) }
					: null
		};
	});
	// One tick a year, or every few years where a year's label would not fit.
	const [start, stop] = x.domain() as [Date, Date];
	const years = utcYear.range(start, new Date(stop.getTime() + 1));
	const perYear = x(utcYear.offset(start, 1)) - x(start);
	const step =
		[1, 2, 5, 10, 20].find((k) => k * perYear >= textWidth('0000', SMALL_SIZE) + 10) ?? 50;
	const ticks = years
		.filter((t) => (t.getUTCFullYear() - start.getUTCFullYear()) % step === 0)
		.map((t) => {
			const label = formatDate(t, 'year');
			const fits = x(t) + 3 + textWidth(label, SMALL_SIZE) <= width;
			return {
				x: roundTenth(x(t)),
				label,
				labelX: roundTenth(x(t) + (fits ? 3 : -3)),
				anchor: fits ? ('start' as const) : ('end' as const)
			};
		});
	const publishedY = y + FONT_SIZE + 5;
	return {
		width,
		// A row of its own under the last bar for the publication label.
		height: roundTenth(publishedY + 5),
		barHeight: BAR,
		axis: { y: TOP - 10, left: LEFT, right: roundTenth(width - RIGHT), ticks },
		textX,
		published: {
			x: roundTenth(x(PUBLISHED)),
			label: `report published, ${publishedOn('month')}`,
			labelY: roundTenth(publishedY)
		},
		marks
	};
}
