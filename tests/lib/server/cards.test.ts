import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import {
	CARD_HEIGHT,
	CARD_LAYOUT,
	CARD_WIDTH,
	cardTextWidth,
	layoutCard,
	type Card,
	type CardDrawing
} from '../../../src/lib/server/cards.ts';
import { CYRILLIC, russianWords } from '../export/russian-words.ts';
import { chart } from '../../../src/lib/server/charts.ts';
import { cardSvg } from '../../../src/lib/server/export-svg.ts';
import { drawnBox, FONT_FILES } from '../../../src/lib/server/png.ts';
import { cardNames, shareCard, shareCardSvg } from '../../../src/lib/server/share.ts';
import { REPORT } from '../../../src/lib/source.ts';
import { svgs, texts } from '../charts/svg.ts';
import { svgSize } from '../png.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');
const RU = langFor('ru');
const englishWords = EN.m.export;

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

describe.each(cardNames(EN))('share card %s', (name) => {
	const svg = shareCardSvg(name, EN);

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
		const svg = cardSvg(card, EN);
		expect(texts(svg)).toContain('A summary & more <words>.');
		expect(svg).toContain('>at least 20<');
	});

	it('fits a long title by wrapping and a smaller size, never past the footer', () => {
		const long = cardSvg(
			{
				...card,
				title:
					'Websites reviewed and shut down: what each figure covers, over which periods and agencies',
				summary: chart('websites', EN).takeaway
			},
			EN
		);
		const box = drawnBox(only(long, ['card-title', 'card-summary']));
		expect(box.right).toBeLessThanOrEqual(CARD_LAYOUT.artLeft - 16);
		expect(box.bottom).toBeLessThanOrEqual(CARD_LAYOUT.footerRule - 12);
	});

	it('throws for an unknown card name', () => {
		expect(() => shareCardSvg('chart-nope', EN)).toThrow('nope');
		expect(() => shareCardSvg('nope', EN)).toThrow('nope');
	});
});

describe('the maps’ share cards', () => {
	it.each([
		{ name: 'places', credits: ['GeoNames (CC BY 4.0)', 'Natural Earth'] },
		{ name: 'chart-places-map', credits: ['GeoNames (CC BY 4.0)', 'Natural Earth'] },
		{ name: 'chart-cooperation-map', credits: ['Natural Earth'] }
	])('$name credits the map data in its footer', ({ name, credits }) => {
		const footer = [...shareCardSvg(name, EN).matchAll(/<text class="card-small"[^>]*>([^<]*)</g)]
			.map((m) => m[1])
			.join(' ');
		for (const credit of credits) expect(footer).toContain(credit);
	});

	it('credits no map data on a card without a map', () => {
		expect(shareCardSvg('chart-websites', EN)).not.toContain('Natural Earth');
	});
});

/** Every text of a card that is wider, as measured, than the column it stands in. */
function overflowing(drawing: CardDrawing): string[] {
	const column = CARD_LAYOUT.textRight - CARD_LAYOUT.pad;
	const art = CARD_LAYOUT.artRight - CARD_LAYOUT.artLeft;
	const whole = CARD_WIDTH - 2 * CARD_LAYOUT.pad;
	const too: string[] = [];
	for (const line of drawing.lines) {
		const room = line.kind === 'title' || line.kind === 'summary' ? column : whole;
		if (cardTextWidth(line.text, line.kind, drawing.sizes[line.kind]) > room) too.push(line.text);
	}
	if ('figures' in drawing.art)
		for (const f of drawing.art.figures) {
			const width = f.beside
				? cardTextWidth(f.value, 'value', drawing.sizes.value) +
					f.labelDx +
					cardTextWidth(f.label, 'label', drawing.sizes.label)
				: Math.max(
						cardTextWidth(f.value.text, 'value', drawing.sizes.value),
						cardTextWidth(f.label.text, 'label', drawing.sizes.label)
					);
			if (width > art) too.push(f.beside ? `${f.value} ${f.label}` : f.label.text);
		}
	return too;
}

describe.each(cardNames(EN))('the text of share card %s', (name) => {
	const drawing = layoutCard(shareCard(name, EN), englishWords);

	it('fits its columns, by the measured width of every line', () => {
		expect(drawing.lines.length).toBeGreaterThan(3);
		expect(overflowing(drawing)).toEqual([]);
	});
});

describe('a share card in Russian and Kazakh', () => {
	const card: Card = {
		siteName: 'Казахстан, 2012: доклад о терроризме в цифрах',
		title: CYRILLIC.title,
		summary: CYRILLIC.summary,
		art: {
			figures: [
				{ value: 'не менее 11', label: 'убиты в ходе спецопераций' },
				{ value: '55', label: 'осуждены по 3 делам' },
				{ value: 'кемінде 20', label: 'адам қаза тапты' }
			]
		},
		address: 'https://example.org/ru/'
	};
	const svg = cardSvg(card, RU);

	it('wraps its Cyrillic lines to fit its columns', () => {
		const drawing = layoutCard(card, russianWords);
		expect(drawing.lines.filter((l) => l.kind === 'summary').length).toBeGreaterThan(2);
		expect(overflowing(drawing)).toEqual([]);
		const box = drawnBox(only(svg, ['card-title', 'card-summary']));
		expect(box.right).toBeLessThanOrEqual(CARD_LAYOUT.artLeft - 16);
		expect(box.bottom).toBeLessThanOrEqual(CARD_LAYOUT.footerRule - 12);
	});

	it('says its own words only', () => {
		const shown = texts(svg).join(' ');
		expect(shown).toContain('Источник:');
		expect(shown).toContain('Данные: CC0 1.0');
		for (const english of ['Source:', 'Data:']) expect(shown).not.toContain(english);
	});

	it('draws its Cyrillic title in the PNG, where a card without it is blank', () => {
		const font = { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' };
		/** Pixels darker than near-white in the title's part of the left column. */
		const inked = (source: string) => {
			const image = new Resvg(source, { font, background: '#ffffff' }).render();
			// Read once: each read of `pixels` copies the whole image out of resvg.
			const pixels = image.pixels;
			let dark = 0;
			for (let y = 110; y < 200; y++)
				for (let x = CARD_LAYOUT.pad; x < CARD_LAYOUT.textRight; x++) {
					const i = (y * image.width + x) * 4;
					if ((pixels[i] ?? 255) < 128) dark++;
				}
			return dark;
		};
		expect(inked(cardSvg({ ...card, title: '', summary: '' }, RU))).toBe(0);
		expect(inked(svg)).toBeGreaterThan(2000);
	});
});
