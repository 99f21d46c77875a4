import { WORDS } from '../edition-words.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { describe, expect, it } from 'vitest';
import {
	layoutConvicted,
	type BarDatum,
	type ConvictedLayout
} from '../../../../src/lib/charts/convicted/geometry.ts';
import { FONT_SIZE, LAYOUT_WIDTHS, textWidth } from '../../../../src/lib/charts/common.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';

/** A made-up bar row. */
function bar(key: string, value: number, isMinimum = false, detail?: string): BarDatum {
	return { key, label: `Label ${key}`, value, isMinimum, ...(detail ? { detail } : {}) };
}

/** Every line of words the chart draws: labels, details and values. */
function textLines(layout: ConvictedLayout): TextLine[] {
	return layout.bars.flatMap((b) => [
		...linesAt(b.labelLines, b.x, b.labelY, FONT_SIZE),
		...linesAt(b.detailLines, b.x, b.detailY, 12),
		{ text: b.valueLabel, x: b.valueX, y: b.valueY, size: FONT_SIZE }
	]);
}

/** The bars, and the dashed extensions with their arrow heads. */
function markBoxes(layout: ConvictedLayout): Box[] {
	return layout.bars.flatMap((b) => [
		{ left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height },
		...(b.extension
			? [{ left: b.extension.x1, right: b.extension.x2 + 6, top: b.y, bottom: b.y + b.height }]
			: [])
	]);
}

/** Geometry is rounded to tenths, so a derived length may differ by a rounding step or two. */
const ROUNDING = 0.15;

const sets: { name: string; rows: BarDatum[] }[] = [
	{ name: 'two websites figures', rows: [bar('a', 1800), bar('b', 950)] },
	{ name: 'ascending values', rows: [bar('a', 3), bar('b', 5), bar('c', 47)] },
	{ name: 'a zero among others', rows: [bar('a', 10), bar('b', 0), bar('c', 5)] },
	{ name: 'equal values', rows: [bar('a', 4), bar('b', 4)] },
	{ name: 'one row', rows: [bar('a', 7)] },
	{ name: 'a lower bound first', rows: [bar('a', 2, true), bar('b', 9), bar('c', 8)] },
	{ name: 'with details', rows: [bar('a', 5, false, 'Detail a'), bar('b', 47, true, 'Detail b')] }
];

describe.each(LOCALES)('in %s', (locale) => {
	const lang = langFor(locale);
	const W = WORDS[locale];
	describe('layoutConvicted', () => {
		describe.each(sets)('$name', ({ rows }) => {
			const layout = layoutConvicted(rows, lang);
			const max = Math.max(...rows.map((row) => row.value));
			const longest = Math.max(...layout.bars.map((b) => b.width));

			it('keeps the rows in their given order, top to bottom', () => {
				expect(layout.bars.map((b) => b.key)).toEqual(rows.map((row) => row.key));
				const ys = layout.bars.map((b) => b.y);
				for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
			});

			it('draws bar lengths in proportion to the values', () => {
				rows.forEach((row, i) => {
					const mark = layout.bars[i];
					expect(Math.abs((mark?.width ?? NaN) - (longest * row.value) / max)).toBeLessThanOrEqual(
						ROUNDING
					);
				});
			});

			it('starts every bar at the same baseline', () => {
				for (const mark of layout.bars) expect(mark.x).toBe(layout.baseline.x);
			});

			it('puts each label above its bar, and each bar above the next label', () => {
				layout.bars.forEach((mark, i) => {
					expect(mark.labelY).toBeLessThanOrEqual(mark.y);
					expect(mark.detailY).toBeLessThanOrEqual(mark.y);
					const next = layout.bars[i + 1];
					if (next) expect(mark.y + mark.height).toBeLessThanOrEqual(next.labelY - FONT_SIZE);
				});
			});

			it('draws a lower-bound extension on the flagged rows and nowhere else', () => {
				rows.forEach((row, i) => {
					const mark = layout.bars[i];
					expect(mark?.isMinimum).toBe(row.isMinimum);
					expect(mark?.extension !== null).toBe(row.isMinimum);
				});
			});

			it('starts each extension where its bar ends, at the height of the bar', () => {
				for (const mark of layout.bars) {
					if (!mark.extension) continue;
					expect(Math.abs(mark.extension.x1 - (mark.x + mark.width))).toBeLessThanOrEqual(ROUNDING);
					expect(mark.extension.x2).toBeGreaterThan(mark.extension.x1);
					expect(mark.extension.y).toBeGreaterThanOrEqual(mark.y);
					expect(mark.extension.y).toBeLessThanOrEqual(mark.y + mark.height);
				}
			});

			it('says "at least" in exactly the flagged value labels', () => {
				rows.forEach((row, i) => {
					expect(layout.bars[i]?.valueLabel.includes(W.atLeast)).toBe(row.isMinimum);
				});
			});

			it('places the value label past the bar and its extension', () => {
				for (const mark of layout.bars) {
					const end = mark.extension ? mark.extension.x2 : mark.x + mark.width;
					expect(mark.valueX).toBeGreaterThan(end);
				}
			});

			it.each(LAYOUT_WIDTHS)('stays inside a viewBox %d wide', (width) => {
				const narrow = layoutConvicted(rows, lang, width);
				expect(narrow.width).toBe(width);
				for (const mark of narrow.bars) {
					expect(mark.x).toBeGreaterThanOrEqual(0);
					expect(mark.x + mark.width).toBeLessThanOrEqual(width);
					// The arrow head reaches 6 units past the end of the dashed line.
					if (mark.extension) expect(mark.extension.x2 + 6).toBeLessThanOrEqual(width);
					expect(mark.valueX + textWidth(mark.valueLabel)).toBeLessThanOrEqual(width);
					expect(mark.y + mark.height).toBeLessThanOrEqual(narrow.height);
				}
			});
		});

		describe.each([
			{ name: 'the published cases', rows: publishedRows.convicted },
			...sets,
			{
				name: 'a long label and detail, and a lower bound',
				rows: [
					{
						...bar('a', 12500, true, 'Organising and financing a group that planned bomb attacks'),
						label: 'Ust-Kamenogorsk and East Kazakhstan Region'
					},
					bar('b', 3)
				]
			}
		])('$name', ({ rows }) => {
			describe.each(LAYOUT_WIDTHS)('at width %d', (width) => {
				const layout = layoutConvicted(rows, lang, width);

				it('keeps every line of words inside the viewBox', () => {
					expect(outside(textLines(layout), width)).toEqual([]);
				});

				it('never draws two lines of words over each other', () => {
					expect(collisions(textLines(layout))).toEqual([]);
				});

				it('never draws words over a bar or an extension', () => {
					expect(onMarks(textLines(layout), markBoxes(layout))).toEqual([]);
				});

				it('draws bars from zero in proportion to the values', () => {
					const longest = Math.max(...layout.bars.map((b) => b.width));
					const max = Math.max(...rows.map((row) => row.value));
					layout.bars.forEach((b, i) => {
						expect(b.x).toBe(layout.baseline.x);
						expect(Math.abs(b.width - (longest * (rows[i]?.value ?? 0)) / max)).toBeLessThanOrEqual(
							ROUNDING
						);
					});
				});

				it('keeps the words of a bar whole across its lines', () => {
					for (const b of layout.bars) {
						expect(b.labelLines.join('')).toBe(b.label);
						expect(b.detailLines.join('')).toBe(b.detail ?? '');
					}
				});
			});
		});

		it('wraps a long detail at 240 and grows the chart to hold it', () => {
			const rows = publishedRows.convicted;
			const narrow = layoutConvicted(rows, lang, 240);
			const wide = layoutConvicted(rows, lang, 600);
			expect(narrow.bars.some((b) => b.detailLines.length > 1)).toBe(true);
			expect(wide.bars.every((b) => b.detailLines.length === 1)).toBe(true);
			expect(narrow.height).toBeGreaterThan(wide.height);
		});

		it('draws longer bars at 600 than at 240, in the same proportions', () => {
			const rows = publishedRows.convicted;
			const narrow = layoutConvicted(rows, lang, 240).bars;
			const wide = layoutConvicted(rows, lang, 600).bars;
			const ratio = (wide[0]?.width ?? 0) / (narrow[0]?.width ?? 1);
			expect(ratio).toBeGreaterThan(2);
			wide.forEach((b, i) =>
				expect(Math.abs(b.width - (narrow[i]?.width ?? 0) * ratio)).toBeLessThan(0.5)
			);
		});

		const VALUES: Record<Locale, [string, string, string, string, string]> = {
			en: ['1,800', '950', 'at least 20', 'at least 12,500', '0'],
			ru: ['1\u00a0800', '950', 'не менее 20', 'не менее 12\u00a0500', '0'],
			kk: ['1\u00a0800', '950', 'кемінде 20', 'кемінде 12\u00a0500', '0']
		};
		const values = VALUES[locale];
		it.each([
			{ row: bar('a', 1800), expected: values[0] },
			{ row: bar('a', 950), expected: values[1] },
			{ row: bar('a', 20, true), expected: values[2] },
			{ row: bar('a', 12500, true), expected: values[3] },
			{ row: bar('a', 0), expected: values[4] }
		])('labels $row.value (minimum: $row.isMinimum) as "$expected"', ({ row, expected }) => {
			expect(layoutConvicted([row, bar('z', 1)], lang).bars[0]?.valueLabel).toBe(expected);
		});

		it.each([
			{ name: 'with a detail', row: bar('a', 3, false, 'More'), expected: 'More' },
			{ name: 'without a detail', row: bar('a', 3), expected: null }
		])('keeps the detail line $name', ({ row, expected }) => {
			const [mark] = layoutConvicted([row], lang).bars;
			expect(mark?.detail).toBe(expected);
			if (expected) expect(mark?.detailY).toBeGreaterThan(mark?.labelY ?? Infinity);
		});

		it('gives a zero value no length', () => {
			const layout = layoutConvicted([bar('a', 0), bar('b', 3)], lang);
			expect(layout.bars[0]?.width).toBe(0);
			expect(layout.bars[1]?.width).toBeGreaterThan(0);
		});

		it('draws nothing for no rows', () => {
			const layout = layoutConvicted([], lang);
			expect(layout.bars).toEqual([]);
			expect(layout.height).toBeGreaterThan(0);
		});
	});
});
