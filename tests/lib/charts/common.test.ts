import { describe, expect, it } from 'vitest';
import { FONT_SIZE, roundTenth, textWidth } from '../../../src/lib/charts/common.ts';

describe('textWidth', () => {
	it.each([
		{ a: 'a', b: 'ab', factor: 2 },
		{ a: 'at least', b: 'at least at least', factor: 17 / 8 },
		{ a: 'x', b: 'xxxxxxxxxx', factor: 10 }
	])('grows in proportion to the number of characters ($a → $b)', ({ a, b, factor }) => {
		expect(textWidth(b)).toBeCloseTo(textWidth(a) * factor, 9);
	});

	it('is zero for no text', () => {
		expect(textWidth('')).toBe(0);
	});

	it.each([0.5, 2, 11 / FONT_SIZE])('scales with the font size (×%d)', (scale) => {
		expect(textWidth('1,800 killed', FONT_SIZE * scale)).toBeCloseTo(
			textWidth('1,800 killed') * scale,
			9
		);
	});
});

describe('roundTenth', () => {
	it.each([0, 1, 1.04, 1.06, 2.449, 399.95, 12345.678, -3.21, 1 / 3])(
		'rounds %d to the nearest tenth',
		(n) => {
			const rounded = roundTenth(n);
			expect(Math.abs(rounded - n)).toBeLessThanOrEqual(0.05 + 1e-9);
			expect(Number.isInteger(Math.round(rounded * 10 * 1e6) / 1e6)).toBe(true);
		}
	);

	it.each([
		{ n: 1.04, expected: 1 },
		{ n: 1.06, expected: 1.1 },
		{ n: 7, expected: 7 },
		{ n: 2.449, expected: 2.4 }
	])('$n → $expected', ({ n, expected }) => {
		expect(roundTenth(n)).toBe(expected);
	});
});
