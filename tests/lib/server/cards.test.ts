import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_LAYOUT, CARD_WIDTH, type Card } from '../../../src/lib/server/cards.ts';
import { chart } from '../../../src/lib/server/charts.ts';
import { cardSvg } from '../../../src/lib/server/export-svg.ts';
import { drawnBox } from '../../../src/lib/server/png.ts';
import { cardNames, shareCardSvg } from '../../../src/lib/server/share.ts';
import { REPORT } from '../../../src/lib/source.ts';
import { svgs, texts } from '../charts/svg.ts';
import { svgSize } from '../png.ts';

/** The card with only its stylesheet and the text lines of the given classes. */
function only(svg: string, classes: string[]): string {
	const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0] ?? '';
	const lines = [...svg.matchAll(/<text class="([\w-]+)"[^>]*>[^<]*<\/text>/g)]
		.filter(([, cls]) => classes.includes(cls!))
		.map(([line]) => line);
	expect(lines.length, classes.join(' ')).toBeGreaterThan(0);
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	return `${root}${style}${lines.join('')}</svg>`;
}

/** The figures of a figures card: each value with its label, on one line or two. */
function figureLines(svg: string): string {
	const style = /<style>[\s\S]*?<\/style>/.exec(svg)?.[0] ?? '';
	const lines = svg.match(
		/<text (?:class="card-(?:value|label)" )?x="[\d.]+" y="[\d.]+">(?:<tspan class="card-value">)?.*?<\/text>/g
	);
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	return `${root}${style}${(lines ?? []).join('')}</svg>`;
}

describe.each(cardNames())('share card %s', (name) => {
	const svg = shareCardSvg(name);

	it('is a 1200×630 SVG with resolved colours', () => {
		expect(svgSize(svg)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(svg).not.toContain('var(');
	});

	it('names the dashboard, the report, the data licence and an absolute address', () => {
		expect(svg).toContain('Kazakhstan 2012: the terrorism report in figures');
		expect(svg).toContain(REPORT.title);
		expect(svg).toMatch(
			/Data: CC0 1\.0 · (Map data: [^<·]+ · |Borders: [^<·]+ · )?https?:\/\/[^<\s]+</
		);
	});

	it('keeps the title and summary in the left column, above the footer', () => {
		const box = drawnBox(only(svg, ['card-title', 'card-summary']));
		expect(box.left).toBeGreaterThanOrEqual(CARD_LAYOUT.pad - 4);
		expect(box.right).toBeLessThanOrEqual(CARD_LAYOUT.artLeft - 16);
		expect(box.bottom).toBeLessThanOrEqual(CARD_LAYOUT.footerRule - 12);
	});

	it('keeps the dashboard name, source and address inside the card', () => {
		const box = drawnBox(only(svg, ['card-site', 'card-small']));
		expect(box.top).toBeGreaterThan(10);
		expect(box.right).toBeLessThanOrEqual(CARD_WIDTH - CARD_LAYOUT.pad);
		expect(box.bottom).toBeLessThanOrEqual(CARD_HEIGHT - 8);
	});

	it('draws its chart or figures in the right column', () => {
		const nested = svgs(svg)[1];
		if (nested) {
			expect(Number(nested.attrs.x)).toBe(CARD_LAYOUT.artLeft);
			expect(Number(nested.attrs.y) + Number(nested.attrs.height)).toBeLessThanOrEqual(
				CARD_LAYOUT.footerRule
			);
			expect(Number(nested.attrs.x) + Number(nested.attrs.width)).toBeLessThanOrEqual(
				CARD_WIDTH - CARD_LAYOUT.pad
			);
		} else {
			const box = drawnBox(figureLines(svg));
			expect(box.left).toBeGreaterThanOrEqual(CARD_LAYOUT.artLeft - 4);
			expect(box.right).toBeLessThanOrEqual(CARD_WIDTH - CARD_LAYOUT.pad);
			expect(box.top).toBeGreaterThanOrEqual(CARD_LAYOUT.artTop - 20);
			expect(box.bottom).toBeLessThanOrEqual(CARD_LAYOUT.footerRule - 8);
		}
	});
});

describe('cardSvg', () => {
	const card: Card = {
		siteName: 'Site',
		title: 'A title',
		summary: 'A summary & more <words>.',
		art: {
			figures: [
				{ value: 'at least 20', label: 'people killed' },
				{ value: '55', label: 'people convicted' }
			]
		},
		address: 'https://example.org/'
	};

	it('escapes its words and keeps lower-bound figures as written', () => {
		const svg = cardSvg(card);
		expect(texts(svg)).toContain('A summary & more <words>.');
		expect(svg).toContain('>at least 20<');
	});

	it('fits a long title by wrapping and a smaller size, never past the footer', () => {
		const long = cardSvg({
			...card,
			title:
				'Websites reviewed and shut down: what each figure covers, over which periods and agencies',
			summary: chart('websites').takeaway
		});
		const box = drawnBox(only(long, ['card-title', 'card-summary']));
		expect(box.right).toBeLessThanOrEqual(CARD_LAYOUT.artLeft - 16);
		expect(box.bottom).toBeLessThanOrEqual(CARD_LAYOUT.footerRule - 12);
	});

	it('throws for an unknown card name', () => {
		expect(() => shareCardSvg('chart-nope')).toThrow('nope');
		expect(() => shareCardSvg('nope')).toThrow('nope');
	});
});

describe('the maps’ share cards', () => {
	it.each([
		{ name: 'places', credits: ['GeoNames (CC BY 4.0)', 'Natural Earth'] },
		{ name: 'chart-places-map', credits: ['GeoNames (CC BY 4.0)', 'Natural Earth'] },
		{ name: 'chart-cooperation-map', credits: ['Natural Earth'] }
	])('$name credits the map data in its footer', ({ name, credits }) => {
		const footer = [...shareCardSvg(name).matchAll(/<text class="card-small"[^>]*>([^<]*)</g)]
			.map((m) => m[1])
			.join(' ');
		for (const credit of credits) expect(footer).toContain(credit);
	});

	it('credits no map data on a card without a map', () => {
		expect(shareCardSvg('chart-websites')).not.toContain('Natural Earth');
	});
});
