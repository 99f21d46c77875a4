import { scaleLinear } from 'd3';
import { sentenceSpan, type SentenceSpan } from '../../data/sentence.ts';
import type { Conviction } from '../../data/types.ts';
import { formatCount, formatSentence } from '../../format/index.ts';
import { CHART_WIDTH, FONT_SIZE, roundTenth, type LabelledRow, type Span } from '../common.ts';
import { sentenceHeight } from './height.ts';

/** One case's row (label "Atyrau · 47 convicted", detail the offence); y positions are relative to the top of its row, so rows can be reordered. */
export interface SentenceMark extends LabelledRow {
	span: SentenceSpan;
	/** The drawn range, when a sentence is stated. */
	bar: Span | null;
	/** Arrow past the axis end for a life sentence. */
	lifeArrow: Span | null;
	/** "5 to 15 years", "5 years to life", "not stated": on the label line, right-aligned. */
	valueLabel: string;
	notStated: boolean;
	/** Everything about the case in words: the row's SVG title. */
	title: string;
}

export interface SentencesLayout {
	width: number;
	/** Height with every case shown; a view of fewer rows uses sentenceHeight(). */
	height: number;
	/** Height of the axis band above the first row. */
	top: number;
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
const DETAIL_Y = LABEL_Y + FONT_SIZE + 2;
const BAR_Y = DETAIL_Y + 8;
const ROW = BAR_Y + BAR + 12;

/**
 * One row per case on a common years axis, the same for every selection of cases so that
 * comparisons stay fair. Life runs past the axis end; an unstated sentence draws no bar.
 */
export function layoutSentences(
	cases: readonly Conviction[],
	width = CHART_WIDTH
): SentencesLayout {
	const spans = cases.map(sentenceSpan);
	const maxYears = Math.max(
		1,
		// A life bar needs room past its minimum before the axis ends and its arrow begins.
		...spans.flatMap((s) =>
			s.kind === 'range' ? [s.max] : s.kind === 'to-life' ? [s.min + 1] : []
		)
	);
	const x = scaleLinear()
		.domain([0, maxYears])
		.nice(5)
		.range([LEFT, width - RIGHT]);
	const axisEnd = x.range()[1] as number;
	const marks = cases.map((c, i): SentenceMark => {
		const span = spans[i] as SentenceSpan;
		const base = {
			id: c.id,
			span,
			label: `${c.city} · ${formatCount(c.convicted)} convicted`,
			detail: c.offence,
			labelY: LABEL_Y,
			detailY: DETAIL_Y,
			barY: BAR_Y,
			valueLabel: formatSentence(span),
			title: `${c.city}, ${formatCount(c.convicted)} convicted of ${c.offence.toLowerCase()}: ${span.kind === 'not-stated' ? 'the report gives no sentence' : `sentences of ${formatSentence(span)}`}. Source: “${c.section}”.`
		};
		if (span.kind === 'not-stated') {
			// No bar at all: a missing sentence must not look like a sentence of zero years.
			return { ...base, bar: null, lifeArrow: null, notStated: true };
		}
		const x1 = x(span.min);
		if (span.kind === 'to-life') {
			return {
				...base,
				bar: { x1: roundTenth(x1), x2: roundTenth(axisEnd) },
				lifeArrow: { x1: roundTenth(axisEnd), x2: roundTenth(width - 14) },
				notStated: false
			};
		}
		const x2 = Math.max(x(span.max), x1 + 3);
		return {
			...base,
			bar: { x1: roundTenth(x1), x2: roundTenth(x2) },
			lifeArrow: null,
			notStated: false
		};
	});
	const ticks = x
		.ticks(5)
		.map((t) => ({ x: roundTenth(x(t)), label: t === 0 ? '0 years' : String(t) }));
	return {
		width,
		height: sentenceHeight({ top: TOP, rowHeight: ROW }, marks.length),
		top: TOP,
		rowHeight: ROW,
		barHeight: BAR,
		axis: { y: TOP - 8, left: LEFT, right: roundTenth(axisEnd), ticks },
		marks
	};
}
