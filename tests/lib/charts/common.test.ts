import { describe, expect, it } from 'vitest';
import {
	FONT_SIZE,
	lineWidth,
	roundTenth,
	SMALL_SIZE,
	textWidth,
	wrapToWidth
} from '../../../src/lib/charts/common.ts';

describe('textWidth', () => {
	it.each(['at least', 'Не менее', 'Кемінде'])(
		'is the sum of the words and spaces of "%s"',
		(word) => {
			const twice = `${word} ${word}`;
			expect(textWidth(twice)).toBeCloseTo(2 * textWidth(word) + textWidth(' '), 6);
		}
	);

	it('measures letters by their shapes, not by their count', () => {
		expect(textWidth('WWWW')).toBeGreaterThan(2 * textWidth('iiii'));
		expect(textWidth('ШШШШ')).toBeGreaterThan(2 * textWidth('іііі'));
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

describe('wrapToWidth', () => {
	it.each([
		{
			text: 'explosion · Village near Almaty',
			width: 400,
			expected: ['explosion · Village near Almaty']
		},
		{
			text: 'explosion · Village near Almaty',
			width: Math.max(lineWidth('explosion · '), lineWidth('Village near Almaty')),
			expected: ['explosion · ', 'Village near Almaty']
		},
		{
			text: 'Organising bomb attacks on government buildings',
			width: lineWidth('Organising bomb attacks on '),
			expected: ['Organising bomb attacks on ', 'government buildings']
		},
		{
			text: 'at least 2 killed · 12 Sept',
			width: lineWidth('at least 2 killed · '),
			expected: ['at least 2 killed · ', '12 Sept']
		},
		{ text: 'Counterterrorism', width: 40, expected: ['Counterterrorism'] },
		{ text: 'a · b · c', width: textWidth('a · b ·'), expected: ['a · b · ', 'c'] }
	])('breaks "$text" into lines $width wide', ({ text, width, expected }) => {
		expect(wrapToWidth(text, width)).toEqual(expected);
	});

	it.each([120, 164, 240, 320])(
		'keeps every line but an overlong word within %d units',
		(width) => {
			const text =
				'National Security Council · since 2010 (the report gives no end date) · Agency for Religious Affairs · Jan 2012 – Sept 2012';
			const lines = wrapToWidth(text, width, SMALL_SIZE);
			expect(lines.join('')).toBe(text);
			for (const line of lines) expect(lineWidth(line, SMALL_SIZE)).toBeLessThanOrEqual(width);
		}
	);
});
