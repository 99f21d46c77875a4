/** Estimated boxes of a chart's text, from its geometry alone, to check that words fit and never collide. */
import { LINE_HEIGHT, lineWidth } from '../../../src/lib/charts/common.ts';

/** One drawn line of text: its words, where its baseline starts (or ends) and its font size. */
export interface TextLine {
	text: string;
	x: number;
	y: number;
	size: number;
	anchor?: 'start' | 'middle' | 'end';
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every line of a wrapped text drawn from (x, y), LINE_HEIGHT apart. */
export function linesAt(
	lines: readonly string[],
	x: number,
	y: number,
	size: number,
	anchor?: TextLine['anchor']
): TextLine[] {
	return lines.map((text, i) => ({ text, x, y: y + i * LINE_HEIGHT, size, anchor }));
}

/** The box a line's glyphs may cover: its measured width, ascenders and descenders. */
export function boxOf(line: TextLine): Box {
	const width = lineWidth(line.text, line.size);
	const left =
		line.anchor === 'end' ? line.x - width : line.anchor === 'middle' ? line.x - width / 2 : line.x;
	return {
		left,
		right: left + width,
		top: line.y - 0.8 * line.size,
		bottom: line.y + 0.2 * line.size
	};
}

export function overlap(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Lines that run past either side of a viewBox `width` wide, with a unit to spare. */
export function outside(lines: readonly TextLine[], width: number): string[] {
	return lines
		.filter((line) => {
			const box = boxOf(line);
			return box.left < -1 || box.right > width + 1;
		})
		.map((line) => line.text);
}

/** Pairs of lines whose boxes overlap. */
export function collisions(lines: readonly TextLine[]): string[] {
	const found: string[] = [];
	lines.forEach((a, i) => {
		for (const b of lines.slice(i + 1))
			if (overlap(boxOf(a), boxOf(b))) found.push(`${a.text} / ${b.text}`);
	});
	return found;
}

/** Lines whose boxes overlap any of the boxes given (bars, arrows). */
export function onMarks(lines: readonly TextLine[], marks: readonly Box[]): string[] {
	return lines
		.filter((line) => marks.some((mark) => overlap(boxOf(line), mark)))
		.map((line) => line.text);
}
