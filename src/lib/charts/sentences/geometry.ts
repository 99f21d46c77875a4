import { scaleLinear } from 'd3';
import { sentenceSpan, type SentenceSpan } from '../../data/sentence.ts';
import type { Conviction } from '../../data/types.ts';
import { formatCount, formatSentence } from '../../format/index.ts';
import { CHART_WIDTH, FONT_SIZE, r } from '../common.ts';

export interface SentenceMark {
	id: string;
	span: SentenceSpan;
	/** "Atyrau · 47 convicted". */
	label: string;
	/** What the case was about. */
	detail: string;
	labelY: number;
	detailY: number;
	barY: number;
	/** The drawn range, when a sentence is stated. */
	bar: { x1: number; x2: number } | null;
	/** Arrow past the axis end for a life sentence. */
	lifeArrow: { x1: number; x2: number; labelX: number } | null;
	/** "5 to 15 years", "5 years to life", "not stated": on the label line, right-aligned. */
	valueLabel: string;
	valueX: number;
	notStated: boolean;
}

export interface SentenceLayout {
	width: number;
	height: number;
	axis: { y: number; left: number; right: number; ticks: { x: number; label: string }[] };
	marks: SentenceMark[];
}

const LEFT = 4;
const RIGHT = 48;
const BAR = 12;
const AXIS_HEIGHT = 22;

/** One row per case on a common years axis; life runs past the axis end, unstated draws no bar. */
export function layoutSentences(cases: readonly Conviction[], width = CHART_WIDTH): SentenceLayout {
	const spans = cases.map(sentenceSpan);
	const maxYears = Math.max(
		1,
		...spans.flatMap((s) => (s.kind === 'range' ? [s.max] : s.kind === 'to-life' ? [s.min] : []))
	);
	const x = scaleLinear()
		.domain([0, maxYears])
		.nice(5)
		.range([LEFT, width - RIGHT]);
	const axisEnd = x.range()[1] as number;
	let y = AXIS_HEIGHT;
	const marks = cases.map((c, i): SentenceMark => {
		const span = spans[i] as SentenceSpan;
		const labelY = y + FONT_SIZE + 4;
		const detailY = labelY + FONT_SIZE + 2;
		const barY = detailY + 8;
		y = barY + BAR + 12;
		const valueLabel = formatSentence(span);
		const base = {
			id: c.id,
			span,
			label: `${c.city} · ${formatCount(c.convicted)} convicted`,
			detail: c.offence,
			labelY: r(labelY),
			detailY: r(detailY),
			barY: r(barY),
			valueLabel
		};
		if (span.kind === 'not-stated') {
			// No bar at all: a missing sentence must not look like a sentence of zero years.
			return { ...base, bar: null, lifeArrow: null, valueX: width, notStated: true };
		}
		if (span.kind === 'to-life') {
			const x1 = x(span.min);
			return {
				...base,
				bar: { x1: r(x1), x2: r(axisEnd) },
				lifeArrow: { x1: r(axisEnd), x2: r(width - 14), labelX: r(width - 2) },
				valueX: width,
				notStated: false
			};
		}
		const x1 = x(span.min);
		const x2 = Math.max(x(span.max), x1 + 3);
		return {
			...base,
			bar: { x1: r(x1), x2: r(x2) },
			lifeArrow: null,
			valueX: width,
			notStated: false
		};
	});
	const ticks = x.ticks(5).map((t) => ({ x: r(x(t)), label: t === 0 ? '0 years' : String(t) }));
	return {
		width,
		height: r(y),
		axis: { y: AXIS_HEIGHT - 8, left: LEFT, right: r(axisEnd), ticks },
		marks
	};
}
