import { describe, expect, it } from 'vitest';
import { wrapByWidth } from '../../../src/lib/export/text.ts';
import { measure } from '../../../src/lib/text/measure.ts';

/** A width of one per character: the wrapping's rules read plainly in characters. */
const chars = (line: string) => line.length;

describe('wrapByWidth', () => {
	const words = (text: string) => text.split(/\s+/).filter(Boolean);

	const cases: { name: string; text: string; width: number }[] = [
		{
			name: 'a note',
			text: 'The toll of 12 September 2012 is a minimum: the report says “at least” 2. The dashed arrow marks it.',
			width: 30
		},
		{ name: 'a short text', text: 'Fits on one line.', width: 74 },
		{ name: 'exactly the width', text: 'abcde fghij', width: 11 },
		{ name: 'one over the width', text: 'abcde fghijk', width: 11 },
		{
			name: 'a long word',
			text: 'Source: https://www.refworld.org/docid/51a86e8418.html and more',
			width: 20
		},
		{ name: 'every word too long', text: 'extraordinarily incomprehensible', width: 5 },
		{ name: 'runs of spaces and newlines', text: '  one   two\n\tthree  four  ', width: 9 },
		{ name: 'width one', text: 'a b c d', width: 1 }
	];

	describe.each(cases)('$name (width $width)', ({ text, width }) => {
		const lines = wrapByWidth(text, width, chars);

		it('keeps every line within the width, unless it is a single long word', () => {
			for (const line of lines) {
				if (line.length > width) expect(words(line)).toHaveLength(1);
				else expect(line.length).toBeLessThanOrEqual(width);
			}
		});

		it('loses, adds and reorders no word', () => {
			expect(lines.flatMap(words)).toEqual(words(text));
		});

		it('leaves no empty line and no stray spaces', () => {
			for (const line of lines) {
				expect(line).not.toBe('');
				expect(line).toBe(line.trim());
				expect(line).not.toMatch(/\s{2}|[\t\n]/);
			}
		});

		it('fills each line before starting the next', () => {
			lines.forEach((line, i) => {
				const next = lines[i + 1];
				if (next) expect(line.length + 1 + (words(next)[0] ?? '').length).toBeGreaterThan(width);
			});
		});
	});

	it.each(['', '   ', '\n'])('gives no lines for blank text %j', (text) => {
		expect(wrapByWidth(text, 10, chars)).toEqual([]);
	});
});

describe('wrapByWidth with measured text', () => {
	const width = (line: string) => measure(line, 16, 400, 'inter');
	it.each([
		'Не менее 47 человек осуждены за терроризм в 2012 году',
		'Кемінде 47 адам терроризм үшін сотталды, Құлсары мен Орал',
		'WWW WWW WWW iii iii iii iii iii iii iii iii iii'
	])('breaks "%s" by width, not by letters', (text) => {
		const maxWidth = width(text) / 2.5;
		const lines = wrapByWidth(text, maxWidth, width);
		expect(lines.length).toBeGreaterThanOrEqual(3);
		for (const line of lines) expect(width(line)).toBeLessThanOrEqual(maxWidth);
		lines.forEach((line, i) => {
			const next = lines[i + 1];
			if (next) expect(width(`${line} ${next.split(' ')[0]}`)).toBeGreaterThan(maxWidth);
		});
		expect(lines.join(' ')).toBe(text);
	});
});
