import type { ReportEvent, Theme } from '../../data/types.ts';
import { parseDateish } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { rowText, wordOf } from '../../i18n/rows.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth
} from '../common.ts';

/** The themes, in the order the timeline's key lists them, each with its name in the edition's words. */
export function themes(lang: Lang): readonly { theme: Theme; label: string }[] {
	return (Object.entries(lang.m.events.themes) as [Theme, string][]).map(([theme, label]) => ({
		theme,
		label
	}));
}

/**
 * A development's words in an edition: its short name and its sentence, keyed by event id. The
 * data is written in English, so the English edition may read the row's own words; any other
 * edition throws, naming the event, when its catalogue lacks them.
 */
export function eventWords(
	e: { id: string; label?: string; summary?: string },
	lang: Lang
): { label: string; summary: string } {
	return {
		label: rowText(lang, lang.m.events.labels, e.id, 'label of event', e.label),
		summary: rowText(lang, lang.m.events.summaries, e.id, 'summary of event', e.summary)
	};
}

/** Country names in an edition, by ISO numeric code. */
export function countryName(code: string, lang: Lang): string {
	return wordOf(lang.m.names.countries, code, 'country name', lang);
}

/** A development to place: its date, words and the countries the report names for it. */
export interface EventDatum extends ReportEvent {
	countries: string[];
	/** The report dates it only relative to another development: its day is an estimate. */
	relative?: boolean;
	/** The report's heading, in the edition's words; the English heading when omitted. */
	sectionName?: string;
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

/**
 * The developments in date order, one row each, down a line: the date on the left, a dot on the
 * line, the development's name and, under it, its theme and the countries named for it.
 */
export function layoutEvents(
	events: readonly EventDatum[],
	width: number = EXPORT_WIDTH,
	lang: Lang
): EventsLayout {
	const { m, f } = lang;
	const themeLabel = (theme: Theme) => m.events.themes[theme];
	const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const dateLabels = sorted.map((e) =>
		e.date_precision === 'day'
			? f.dayShort(e.date)
			: f.date(parseDateish(e.date.slice(0, 7)), 'monthAbbr')
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
			title: m.events.markTitle({
				date: f.dateish(e.date, e.relative === true),
				precision:
					m.events.precision[exactDay ? 'day' : e.relative === true ? 'relative' : 'month'],
				label: e.label,
				detail: `${themeLabel(e.theme)}${countries}`,
				section: e.sectionName ?? e.section
			})
		};
	});
	return { width, height: roundTenth(y), spineX, textX, radius: RADIUS, lineHeight: LINE, marks };
}
