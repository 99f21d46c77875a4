import { scaleUtc, utcYear } from 'd3';
import { REPORT } from '../../source.ts';
import type { WebsiteFigure } from '../../data/types.ts';
import { capitalise } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { rowText } from '../../i18n/rows.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth,
	type Span
} from '../common.ts';

/** The report's publication: no figure in it can run later than this. */
export const PUBLISHED = new Date(`${REPORT.published}T00:00:00Z`);

/** "1,800 websites reviewed", "1 800 проверенных сайтов", "1 800 сайт тексерілген". */
export function websitesCounted(w: WebsiteFigure, { m, f }: Lang): string {
	return f.countOf(w.websites, m.websites.counted[w.measure]);
}

/** The figure's agency in the edition's words: its name, "according to" it and "by" it. */
export function agencyOf(
	w: WebsiteFigure,
	{ locale, m }: Lang
): { name: string; according: string; by: string } {
	// English reads the data's own name of the agency.
	if (locale === 'en')
		return { name: w.agency, according: `according to the ${w.agency}`, by: `by the ${w.agency}` };
	const agency = m.websites.agencies[w.id];
	if (agency === undefined) throw new Error(`No agency for "${w.id}" in the catalogue`);
	return agency;
}

/** The figure's summary in the edition's words. */
export function summaryOf(w: WebsiteFigure, lang: Lang): string {
	return rowText(lang, lang.m.websites.summaries, w.id, 'summary of website figure', w.summary);
}

/** The period in words, saying so plainly when the report gives no end. */
export function periodInWords(w: WebsiteFigure, { f }: Lang): string {
	return f.period(w.period_start, w.period_end);
}

/** A small time scale of one figure's own: its years, and its period drawn on them. */
export interface PeriodStrip {
	/** The axis line, under the period. */
	axisY: number;
	x1: number;
	x2: number;
	/** Each year's start, with its label under the axis. */
	ticks: { x: number; label: string; labelX: number; anchor: 'start' | 'end' }[];
	/** The stated period, drawn solid; null when no part of it is stated to the month. */
	bar: Span | null;
	/** A start the report gives as a year only: the whole year, drawn hollow. */
	fuzzyStart: Span | null;
	/** No end date: a dashed arrow running off the end of the scale, which marks no date. */
	openEnd: Span | null;
	/** Top of the period's marks. */
	barY: number;
}

/** One figure's panel: its count in large type, what it counts, whose it is, and its period. */
export interface WebsiteMark {
	id: string;
	/** Left edge of the panel and its width. */
	x: number;
	width: number;
	/** The count as the panel's large figure: "1,800". */
	count: string;
	countY: number;
	/** "websites reviewed", and as drawn, wrapped. */
	label: string;
	labelLines: string[];
	/** "according to the Agency for Religious Affairs". */
	agency: string;
	labelY: number;
	/** The agency, then the period, each on lines of their own. */
	agencyLines: string[];
	agencyY: number;
	period: string;
	periodLines: string[];
	periodY: number;
	strip: PeriodStrip;
	/** Everything about the figure in words: the mark's SVG title. */
	title: string;
}

export interface WebsitesLayout {
	width: number;
	height: number;
	barHeight: number;
	/** Font size of the counts, the same for both so that neither looks the larger amount. */
	countSize: number;
	marks: WebsiteMark[];
}

const PAD = 4;
const COLUMN_GAP = 28;
const ROW_GAP = 22;
const BAR = 10;
const COUNT_SIZE = 30;
/** Room for the tick labels under a strip. */
const TICK_ROOM = 16;
/** How far an open end runs past its hollow start, as a share of the strip. */
const OPEN_RUN = 0.85;

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
 * A figure's period on a scale of its own: whole years from its start to its end, or, when it has
 * no end, to the year of the report's publication, past which it cannot run.
 */
function strip(w: WebsiteFigure, x1: number, x2: number, top: number, { f }: Lang): PeriodStrip {
	const from = utcYear.floor(startOf(w.period_start));
	const to = w.period_end === null ? utcYear.floor(PUBLISHED) : utcYear.ceil(endOf(w.period_end));
	const x = scaleUtc().domain([from, to]).range([x1, x2]);
	const yearOnly = w.period_start_precision === 'year';
	const solidFrom = yearOnly ? endOf(w.period_start) : startOf(w.period_start);
	const ticks = utcYear.range(from, utcYear.offset(to, 1)).map((t, i, all) => {
		const label = f.date(t, 'year');
		const last = i === all.length - 1 && all.length > 1;
		return {
			x: roundTenth(x(t)),
			label,
			labelX: roundTenth(x(t) + (last ? -2 : 2)),
			anchor: last ? ('end' as const) : ('start' as const)
		};
	});
	// Year labels that would collide are dropped, the first and last kept; the last is drawn
	// left of its tick, so the one before it needs room for both labels.
	const label = Math.max(0, ...ticks.map((t) => textWidth(t.label, SMALL_SIZE)));
	const kept = ticks.filter(
		(t, i) =>
			i === 0 ||
			i === ticks.length - 1 ||
			(t.x - (ticks[0]?.x ?? 0) >= label + 8 &&
				(ticks[ticks.length - 1]?.x ?? 0) - t.x >= 2 * label + 10)
	);
	return {
		axisY: roundTenth(top + BAR),
		x1: roundTenth(x1),
		x2: roundTenth(x2),
		ticks: kept,
		barY: roundTenth(top),
		bar:
			w.period_end === null
				? null
				: { x1: roundTenth(x(solidFrom)), x2: roundTenth(x(endOf(w.period_end))) },
		fuzzyStart: yearOnly
			? { x1: roundTenth(x(startOf(w.period_start))), x2: roundTenth(x(solidFrom)) }
			: null,
		openEnd:
			w.period_end === null
				? {
						x1: roundTenth(x(solidFrom)),
						x2: roundTenth(x(solidFrom) + (x2 - x(solidFrom)) * OPEN_RUN)
					}
				: null
	};
}

/**
 * The two website figures as two panels, side by side where there is room: each count in type
 * of the same size, and each period on a small time scale of its own, so that no length stands
 * for an amount and the two counts are never drawn against each other.
 */
export function layoutWebsites(
	rows: readonly WebsiteFigure[],
	lang: Lang,
	width: number = EXPORT_WIDTH
): WebsitesLayout {
	const { m, f } = lang;
	const columns = width >= 440 && rows.length > 1 ? 2 : 1;
	const panelWidth = (width - 2 * PAD - (columns - 1) * COLUMN_GAP) / columns;
	const marks: WebsiteMark[] = [];
	let rowTop = PAD;
	let rowBottom = PAD;
	rows.forEach((w, i) => {
		const column = i % columns;
		if (column === 0 && i > 0) rowTop = rowBottom + ROW_GAP;
		const x = PAD + column * (panelWidth + COLUMN_GAP);
		const room = panelWidth - 2;
		const countY = rowTop + COUNT_SIZE * 0.85;
		const label = f.plural(w.websites, m.websites.counted[w.measure]);
		const agency = agencyOf(w, lang).according;
		const period = periodInWords(w, lang);
		const labelLines = wrapToWidth(label, room);
		const labelY = countY + FONT_SIZE + 6;
		const agencyLines = wrapToWidth(agency, room, SMALL_SIZE);
		const agencyY = labelY + (labelLines.length - 1) * LINE_HEIGHT + LINE_HEIGHT;
		const periodLines = wrapToWidth(period, room, SMALL_SIZE);
		const periodY = agencyY + agencyLines.length * LINE_HEIGHT;
		const stripTop = periodY + (periodLines.length - 1) * LINE_HEIGHT + 10;
		const s = strip(w, x, x + panelWidth, stripTop, lang);
		rowBottom = Math.max(rowBottom, s.axisY + TICK_ROOM);
		marks.push({
			id: w.id,
			x: roundTenth(x),
			width: roundTenth(panelWidth),
			count: f.count(w.websites),
			countY: roundTenth(countY),
			label,
			labelLines,
			labelY: roundTenth(labelY),
			agency,
			agencyLines,
			agencyY: roundTenth(agencyY),
			period,
			periodLines,
			periodY: roundTenth(periodY),
			strip: s,
			title: capitalise(
				m.websites.markTitle({
					counted: websitesCounted(w, lang),
					according: agency,
					period,
					yearOnly: w.period_start_precision === 'year',
					source: m.ui.sections[w.section]
				})
			)
		});
	});
	return {
		width,
		height: roundTenth(rowBottom + PAD),
		barHeight: BAR,
		countSize: COUNT_SIZE,
		marks
	};
}
