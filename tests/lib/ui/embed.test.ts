import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT_MESSAGE,
	EMBED_WIDTHS,
	embedCode,
	embedHeight,
	embedHeightAt,
	chartHeightAt,
	responsiveEmbedCode,
	shownLayout,
	type EmbedText
} from '../../../src/lib/ui/embed.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const WORDS = langFor('en').m;

const words = (n: number) => 'word '.repeat(n).trim();
const text: EmbedText = {
	title: 'A title',
	takeaway: words(20),
	notes: [words(10)],
	sections: ['Overview']
};
const chart = [{ width: 600, height: 300 }];

describe('embedHeight', () => {
	it.each([
		{ name: 'a longer title', more: { ...text, title: words(20) } },
		{ name: 'a longer takeaway', more: { ...text, takeaway: words(80) } },
		{ name: 'another note', more: { ...text, notes: [...text.notes, words(30)] } },
		{
			name: 'another section',
			more: {
				...text,
				sections: [...text.sections, 'Legislation, Law Enforcement, and Border Security' as const]
			}
		}
	])('grows with $name at a narrow width', ({ more }) => {
		expect(embedHeightAt(280, chart, more, WORDS)).toBeGreaterThan(
			embedHeightAt(280, chart, text, WORDS)
		);
	});

	it('grows with the chart’s height', () => {
		expect(embedHeight([{ width: 600, height: 600 }], text, WORDS)).toBeGreaterThan(
			embedHeight(chart, text, WORDS)
		);
	});

	it('is the tallest of the heights at every width, rounded up to 10 px', () => {
		for (const c of [chart, [{ width: 600, height: 1200 }], [{ width: 600, height: 60 }]]) {
			for (const t of [text, { ...text, takeaway: words(120), notes: [words(80)] }]) {
				const height = embedHeight(c, t, WORDS);
				expect(height % 10).toBe(0);
				const tallest = Math.max(...EMBED_WIDTHS.map((w) => embedHeightAt(w, c, t, WORDS)));
				expect(height).toBeGreaterThanOrEqual(tallest);
				expect(height - tallest).toBeLessThan(10);
			}
		}
	});

	it('is set by the widest frame for a tall chart and by the narrowest for long words', () => {
		const tall = [{ width: 600, height: 1200 }];
		expect(embedHeightAt(1280, tall, text, WORDS)).toBeGreaterThan(
			embedHeightAt(280, tall, text, WORDS)
		);
		const wordy = { ...text, takeaway: words(150), notes: [words(120), words(120)] };
		const flat = [{ width: 600, height: 40 }];
		expect(embedHeightAt(280, flat, wordy, WORDS)).toBeGreaterThan(
			embedHeightAt(1280, flat, wordy, WORDS)
		);
	});

	it('stops growing past the embed page’s widest column', () => {
		expect(embedHeightAt(768, chart, text, WORDS)).toBe(embedHeightAt(1280, chart, text, WORDS));
	});
});

const layouts = [
	{ width: 240, height: 480 },
	{ width: 320, height: 400 },
	{ width: 440, height: 330 },
	{ width: 600, height: 300 }
];

describe('shownLayout', () => {
	it.each([
		{ column: 200, width: 240 },
		{ column: 248, width: 240 },
		{ column: 319.5, width: 240 },
		{ column: 320, width: 320 },
		{ column: 439, width: 320 },
		{ column: 440, width: 440 },
		{ column: 599, width: 440 },
		{ column: 600, width: 600 },
		{ column: 1120, width: 600 }
	])('shows the layout $width wide in a column $column px wide', ({ column, width }) => {
		expect(shownLayout(layouts, column).width).toBe(width);
	});
});

describe('chartHeightAt', () => {
	it.each([
		{ column: 240, height: 480 },
		{ column: 300, height: 600 },
		{ column: 320, height: 400 },
		{ column: 660, height: 330 },
		{ column: 800, height: 400 },
		{ column: 1120, height: 400 }
	])('is $height px in a column $column px wide', ({ column, height }) => {
		expect(chartHeightAt(layouts, column)).toBeCloseTo(height, 6);
	});
});

describe('embedCode', () => {
	it('escapes the address and title into attributes', () => {
		expect(embedCode('https://x.org/embed/a/?b=1&c=2', 'Say "hi" & go', 400)).toBe(
			'<iframe src="https://x.org/embed/a/?b=1&amp;c=2" title="Say &quot;hi&quot; &amp; go" width="100%" height="400" loading="lazy" style="border:0"></iframe>'
		);
	});
});

describe('responsiveEmbedCode', () => {
	const code = embedCode('https://x.org/embed/a/', 'A', 400);
	const responsive = responsiveEmbedCode(code);

	it('keeps the iframe with its fixed height and adds one line of script', () => {
		expect(responsive.startsWith(`${code}\n<script>`)).toBe(true);
		expect(responsive.endsWith('</script>')).toBe(true);
		expect(responsive.split('\n')).toHaveLength(2);
	});

	it('listens for the message the embed page posts, and only sizes the frame it came from', () => {
		expect(responsive).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
		expect(responsive).toContain('f.contentWindow===e.source');
		// Nothing in the script could end it early.
		const script = responsive.slice(responsive.indexOf('<script>') + 8, -'</script>'.length);
		expect(script).not.toMatch(/<\/|<!--/);
	});
});
