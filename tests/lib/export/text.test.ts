import { describe, expect, it } from 'vitest';
import { escapeXml, wrapText } from '../../../src/lib/export/text.ts';

describe('escapeXml', () => {
	it.each([
		{ text: 'plain words', expected: 'plain words' },
		{ text: 'Tom & Jerry', expected: 'Tom &amp; Jerry' },
		{ text: 'a < b', expected: 'a &lt; b' },
		{ text: 'a > b', expected: 'a &gt; b' },
		{ text: 'say "hi"', expected: 'say &quot;hi&quot;' },
		{ text: '<a href="x">&</a>', expected: '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;' },
		{ text: '&amp;', expected: '&amp;amp;' },
		{ text: '“at least” 2 · 5–15', expected: '“at least” 2 · 5–15' },
		{ text: '', expected: '' }
	])('$text → $expected', ({ text, expected }) => {
		expect(escapeXml(text)).toBe(expected);
	});

	it.each(['a & b < c > d "e"', '&&&<<<>>>"""', 'x'])(
		'leaves no raw markup characters in %j',
		(text) => {
			const escaped = escapeXml(text);
			expect(escaped).not.toMatch(/[<>"]/);
			expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
		}
	);
});

describe('wrapText', () => {
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
		const lines = wrapText(text, width);

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
		expect(wrapText(text, 10)).toEqual([]);
	});
});
