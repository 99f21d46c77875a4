import type { ReportEvent, Theme } from '../../data/types.ts';
import { formatDate, formatDateish, formatDayShort, parseDateish } from '../../format/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth
} from '../common.ts';

/** Each theme's name in words, in the order the timeline's key lists them. */
const THEME_LABELS: Record<Theme, string> = {
	incident: 'Incidents',
	justice: 'Verdicts',
	legislation: 'Laws',
	cooperation: 'Cooperation',
	oversight: 'Oversight',
	administration: 'Administration'
};

export const THEMES: readonly { theme: Theme; label: string }[] = Object.entries(THEME_LABELS).map(
	([theme, label]) => ({ theme: theme as Theme, label })
);

/** A development to place: its date, words and the countries the report names for it. */
export interface EventDatum extends ReportEvent {
	countries: string[];
	/** The report dates it only relative to another development: its day is an estimate. */
	relative?: boolean;
}

/** One development's row; y positions are absolute. */
export interface EventMark {
	id: string;
	theme: Theme;
	/** "11 Jul" for a day, "Jul" for a month-only date. */
	dateLabel: string;
	/** The report dates it to the day: a filled dot; to the month only: a hollow one. */
	exactDay: boolean;
	/** Dated only relative to another development: a dashed ring, at its month. */
	relative: boolean;
	label: string;
	/** The label wrapped to the chart's width: joined, the lines give the label back. */
	labelLines: string[];
	/** The theme, then the countries named, wrapped to the chart's width. */
	detail: string[];
	labelY: number;
	detailY: number;
	dotY: number;
	/** Everything about the development in words: the mark's SVG title. */
	title: string;
}

export interface EventsLayout {
	width: number;
	height: number;
	/** x of the line that joins the dots, and of each dot. */
	spineX: number;
	/** x where each development's words start. */
	textX: number;
	radius: number;
	/** Distance between the lines of a row's detail. */
	lineHeight: number;
	marks: EventMark[];
}

/** Room between the widest date and the dots' line. */
const DATE_GAP = 4;
const TEXT_GAP = 14;
const LINE = LINE_HEIGHT;
const ROW_GAP = 10;
const RADIUS = 4.5;

const themeLabel = (theme: Theme) => THEME_LABELS[theme];

/**
 * The developments in date order, one row each, down a line: the date on the left, a dot on the
 * line, the development's name and, under it, its theme and the countries named for it.
 */
export function layoutEvents(
	events: readonly EventDatum[],
	width: number = EXPORT_WIDTH
): EventsLayout {
	const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const dateLabels = sorted.map((e) =>
		e.date_precision === 'day'
			? formatDayShort(e.date)
			: formatDate(parseDateish(e.date.slice(0, 7)), 'monthAbbr')
	);
	// The dates' column is as wide as the widest date.
	const dateColumn = Math.ceil(Math.max(0, ...dateLabels.map((d) => textWidth(d, SMALL_SIZE))));
	const spineX = dateColumn + DATE_GAP + RADIUS + 2;
	const textX = spineX + TEXT_GAP;
	const textRoom = width - textX - 2;
	let y = 4;
	const marks = sorted.map((e, i): EventMark => {
		const exactDay = e.date_precision === 'day';
		// A colon, not " · ", so that a wrapped line never ends in a dangling separator.
		const countries = e.countries.length ? `: ${e.countries.join(', ')}` : '';
		const labelLines = wrapToWidth(e.label, textRoom);
		const detail = wrapToWidth(`${themeLabel(e.theme)}${countries}`, textRoom, SMALL_SIZE);
		const labelY = y + FONT_SIZE;
		const detailY = labelY + labelLines.length * LINE;
		y = detailY + (detail.length - 1) * LINE + ROW_GAP;
		return {
			id: e.id,
			theme: e.theme,
			dateLabel: dateLabels[i] ?? '',
			exactDay,
			relative: e.relative === true,
			label: e.label,
			labelLines,
			detail,
			labelY: roundTenth(labelY),
			detailY: roundTenth(detailY),
			dotY: roundTenth(labelY - FONT_SIZE * 0.35),
			title: `${formatDateish(e.date)} (${exactDay ? 'the report gives the day' : e.relative ? 'the report dates it only relative to another development, so about' : 'the report gives the month only'}): ${e.label}. ${themeLabel(e.theme)}${countries}. Source: “${e.section}”.`
		};
	});
	return { width, height: roundTenth(y), spineX, textX, radius: RADIUS, lineHeight: LINE, marks };
}
