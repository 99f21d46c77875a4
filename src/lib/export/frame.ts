/** Where the words of an exported image go around its chart: pure, so tests need no renderer. */
import type { Section } from '../data/types.ts';
import type { SizedLayout } from '../charts/spec.ts';
import { REPORT } from '../source.ts';
import { measure, type FontWeight } from '../text/measure.ts';
import { wrapByWidth } from './text.ts';
import { DATA_LICENCE, type ExportWords } from './words.ts';

export interface ExportText {
	title: string;
	takeaway: string;
	notes: string[];
	sections: Section[];
	/** Absolute address of the chart on the dashboard, written under the source line. */
	address?: string;
	/** Whose data the drawing uses besides the report's, e.g. a map's gazetteer and borders. */
	credit?: string;
}

/** The frame's three kinds of text, with their size in px and weight. */
export const FRAME_TYPE = {
	title: { size: 18, weight: 700, line: 22 },
	text: { size: 13.5, weight: 400, line: 17 },
	small: { size: 12, weight: 400, line: 15 }
} as const satisfies Record<string, { size: number; weight: FontWeight; line: number }>;
export type FrameTextKind = keyof typeof FRAME_TYPE;

/** Space around the chart and the words. */
export const FRAME_PAD = 16;

export interface FrameLine {
	kind: FrameTextKind;
	text: string;
	x: number;
	/** Baseline. */
	y: number;
}

export interface FrameLayout {
	width: number;
	height: number;
	/** Where the chart is drawn, at its layout's own size. */
	chart: { x: number; y: number; width: number; height: number };
	lines: FrameLine[];
}

/**
 * Lines of a kind, wrapped to `width` as measured in the page's widest font: an SVG file is also
 * opened in browsers and viewers that draw it in their own font rather than Inter.
 */
export function frameLines(kind: FrameTextKind, text: string, width: number): string[] {
	const { size, weight } = FRAME_TYPE[kind];
	return wrapByWidth(text, width, (line) => measure(line, size, weight, 'page'));
}

/** The title and takeaway above the chart; notes, source, credit, licence and address below it. */
export function frameLayout(chart: SizedLayout, text: ExportText, words: ExportWords): FrameLayout {
	const lines: FrameLine[] = [];
	let y = FRAME_PAD;
	const add = (kind: FrameTextKind, paragraph: string) => {
		for (const line of frameLines(kind, paragraph, chart.width)) {
			y += FRAME_TYPE[kind].line;
			lines.push({ kind, text: line, x: FRAME_PAD, y });
		}
	};
	add('title', text.title);
	y += 3;
	add('text', text.takeaway);
	y += 10;
	const chartY = y;
	y += chart.height + 8;
	const credit = [words.data({ licence: DATA_LICENCE }), text.address]
		.filter(Boolean)
		.join(words.separator);
	for (const paragraph of [
		...text.notes.map((note) => words.note({ note })),
		`${words.source({ sections: text.sections })} ${REPORT.url}`,
		...(text.credit ? [text.credit] : []),
		credit
	]) {
		add('small', paragraph);
		y += 3;
	}
	return {
		width: chart.width + FRAME_PAD * 2,
		height: Math.ceil(y + FRAME_PAD),
		chart: { x: FRAME_PAD, y: chartY, width: chart.width, height: chart.height },
		lines
	};
}
