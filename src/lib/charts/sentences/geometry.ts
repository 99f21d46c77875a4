import { scaleLinear } from 'd3';
import { sentenceSpan, type SentenceSpan } from '../../data/sentence.ts';
import type { Conviction } from '../../data/types.ts';
import type { Lang } from '../../i18n/index.ts';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LINE_HEIGHT,
	lineWidth,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth,
	type LabelledRow,
	type Span
} from '../common.ts';
import { citySlug } from '../../sentences/pages.ts';
import { sentenceHeight } from './height.ts';

/** A case to draw, with its words in the edition; without them, the row's own English words. */
export type SentenceRow = Conviction & {
	words?: { city: string; offence: string; section: string };
};

/** One case's row (label "Atyrau · 47 convicted", detail the offence); y positions are relative to the top of its row, so rows can be reordered. */
export interface SentenceMark extends LabelledRow {
	span: SentenceSpan;
	/** The drawn range, when a sentence is stated. */
	bar: Span | null;
	/** Arrow past the axis end for a life sentence. */
	lifeArrow: Span | null;
	/** "5 to 15 years", "5 years to life", "not stated": right-aligned on the label line, or on a line of its own under the label when both do not fit on one. */
	valueLabel: string;
	/** The value wrapped to the width: one line beside the label, or as many as it needs under it. */
	valueLines: string[];
	valueX: number;
	valueY: number;
	valueAnchor: 'start' | 'end';
	/** Where the report gives no sentence: the words drawn instead of a bar, wrapped to the width, and their first baseline. */
	notStated: { lines: string[]; y: number } | null;
	/** Everything about the case in words: the row's SVG title. */
	title: string;
	/** The case's city as a path segment: its details' fragment on the comparison's pages. */
	slug: string;
}

export interface SentencesLayout {
	width: number;
	/** Height with every case shown; a view of fewer rows uses sentenceHeight(). */
	height: number;
	/** Height of the axis band above the first row. */
	top: number;
	/** The same for every row: the tallest row's height at this width. */
	rowHeight: number;
	barHeight: number;
	axis: { y: number; left: number; right: number; ticks: { x: number; label: string }[] };
	/** Every case, in the order given; a view may show a subset in another order. */
	marks: SentenceMark[];
}

const LEFT = 4;
const RIGHT = 48;
const BAR = 12;
const TOP = 22;
const LABEL_Y = FONT_SIZE + 4;
/** From the baseline of a row's last line of words to the top of its bar. */
const BAR_GAP = 8;
const ROW_GAP = 12;
/** Baseline of those words below the top of where the bar would be. */
const NOT_STATED_BASELINE = 10;
/** Room kept between a label and the value on its right. */
const VALUE_GAP = 12;
/** Fewest units between two tick labels. */
const TICK_GAP = 8;

/**
 * One row per case on a common years axis, the same for every selection of cases so that
 * comparisons stay fair. Life runs past the axis end; an unstated sentence draws no bar.
 */
export function layoutSentences(
	cases: readonly SentenceRow[],
	width: number = EXPORT_WIDTH,
	lang: Lang
): SentencesLayout {
	const { m, f } = lang;
	const words = cases.map(
		(c) => c.words ?? { city: c.city, offence: c.offence, section: c.section }
	);
	const spans = cases.map(sentenceSpan);
	const maxYears = Math.max(
		1,
		// A life bar needs room past its minimum before the axis ends and its arrow begins.
		...spans.flatMap((s) =>
			s.kind === 'range' ? [s.max] : s.kind === 'to-life' ? [s.min + 1] : []
		)
	);
	// As many ticks as fit without their labels touching, the last at the axis end.
	const tickLabel = (t: number) => (t === 0 ? m.sentences.zeroYears : f.count(t));
	const ticksFor = (count: number) => {
		const scale = scaleLinear()
			.domain([0, maxYears])
			.nice(count)
			.range([LEFT, width - RIGHT]);
		// Whole years only: a tick of 0.2 years would read as "0" once formatted.
		const ts = scale.ticks(count).filter(Number.isInteger);
		const extent = (t: number) => {
			const w = textWidth(tickLabel(t), SMALL_SIZE);
			return t === 0 ? [LEFT, LEFT + w] : [scale(t) - w / 2, scale(t) + w / 2];
		};
		const fits =
			ts[ts.length - 1] === scale.domain()[1] &&
			ts.every(
				(t, i) =>
					i === 0 ||
					(extent(t)[0] as number) >= (extent(ts[i - 1] as number)[1] as number) + TICK_GAP
			);
		return { scale, ts, fits };
	};
	const chosen = [5, 4, 3, 2].map(ticksFor).find((t) => t.fits) ?? {
		scale: scaleLinear()
			.domain([0, maxYears])
			.range([LEFT, width - RIGHT]),
		ts: [0, maxYears]
	};
	const x = chosen.scale;
	const axisEnd = x.range()[1] as number;
	const textRoom = width - LEFT - 2;
	const convicted = cases.map((c) => f.countOf(c.convicted, m.sentences.convictedCount));
	const labels = cases.map((_, i) =>
		m.sentences.label({ city: words[i]?.city ?? '', convicted: convicted[i] ?? '' })
	);
	const values = spans.map((span) => f.sentence(span));
	const labelLines = labels.map((label) => wrapToWidth(label, textRoom));
	// The value shares the label's line in every row, or in none, so that rows read alike.
	const valueBeside = labelLines.every(
		(lines, i) =>
			lines.length === 1 &&
			lineWidth(lines[0] ?? '') + VALUE_GAP + textWidth(values[i] ?? '') <= width - LEFT
	);
	const notStatedLines = wrapToWidth(m.sentences.notStatedBar, textRoom);
	const rows = cases.map((c, i) => {
		const label = labelLines[i] ?? [];
		const valueY = valueBeside ? LABEL_Y : LABEL_Y + label.length * LINE_HEIGHT;
		// A long value ("от 5 лет до пожизненного лишения свободы") wraps on its own lines.
		const value = valueBeside ? [values[i] ?? ''] : wrapToWidth(values[i] ?? '', textRoom);
		const detail = wrapToWidth(words[i]?.offence ?? c.offence, textRoom, SMALL_SIZE);
		const detailY = valueBeside
			? LABEL_Y + label.length * LINE_HEIGHT
			: valueY + value.length * LINE_HEIGHT;
		const barY = detailY + (detail.length - 1) * LINE_HEIGHT + BAR_GAP;
		return { label, valueY, value, detail, detailY, barY };
	});
	const rowHeight = Math.max(
		LABEL_Y + LINE_HEIGHT + BAR_GAP + BAR + ROW_GAP,
		...rows.map((r) => r.barY + BAR + ROW_GAP),
		// A row with no sentence has words where its bar would be.
		...rows
			.filter((_, i) => spans[i]?.kind === 'not-stated')
			.map(
				(r) =>
					r.barY + NOT_STATED_BASELINE + (notStatedLines.length - 1) * LINE_HEIGHT + 4 + ROW_GAP
			)
	);
	const marks = cases.map((c, i): SentenceMark => {
		const span = spans[i] as SentenceSpan;
		const row = rows[i] as (typeof rows)[number];
		const text = words[i] as (typeof words)[number];
		const base = {
			id: c.id,
			slug: citySlug(c.city),
			span,
			label: labels[i] ?? '',
			detail: text.offence,
			labelLines: row.label,
			detailLines: row.detail,
			labelY: LABEL_Y,
			detailY: roundTenth(row.detailY),
			barY: roundTenth(row.barY),
			valueLabel: values[i] ?? '',
			valueLines: row.value,
			valueX: valueBeside ? width : LEFT,
			valueY: roundTenth(row.valueY),
			valueAnchor: valueBeside ? ('end' as const) : ('start' as const),
			title: m.sentences.markTitle({
				city: text.city,
				convicted: convicted[i] ?? '',
				offence: text.offence,
				sentence: span.kind === 'not-stated' ? null : f.sentence(span),
				section: text.section
			})
		};
		if (span.kind === 'not-stated') {
			// No bar at all: a missing sentence must not look like a sentence of zero years.
			const y = roundTenth(row.barY + NOT_STATED_BASELINE);
			return { ...base, bar: null, lifeArrow: null, notStated: { lines: notStatedLines, y } };
		}
		const x1 = x(span.min);
		if (span.kind === 'to-life') {
			return {
				...base,
				bar: { x1: roundTenth(x1), x2: roundTenth(axisEnd) },
				lifeArrow: { x1: roundTenth(axisEnd), x2: roundTenth(width - 14) },
				notStated: null
			};
		}
		const x2 = Math.max(x(span.max), x1 + 3);
		return {
			...base,
			bar: { x1: roundTenth(x1), x2: roundTenth(x2) },
			lifeArrow: null,
			notStated: null
		};
	});
	const ticks = chosen.ts.map((t) => ({ x: roundTenth(x(t)), label: tickLabel(t) }));
	return {
		width,
		height: sentenceHeight({ top: TOP, rowHeight }, marks.length),
		top: TOP,
		rowHeight,
		barHeight: BAR,
		axis: { y: TOP - 8, left: LEFT, right: roundTenth(axisEnd), ticks },
		marks
	};
}
