import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, EDITION_PAGES, launch, openPage, type Watched } from './browser.ts';
import { measureLayout, MIN_CHART_TEXT, type Layout } from './layout.ts';
import { enhanced, PAGES_WITH_CHARTS, slug } from './site.ts';
import { splitLocale } from '../../src/lib/i18n/locales.ts';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';

const DIR = 'test-results/screenshots';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Phones to wide desktops: the widths the layouts must hold at. */
const WIDTHS = [320, 360, 768, 1280, 1600];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

describe.each(WIDTHS)('at %i px wide', (width) => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser, { viewport: { width, height: 800 } });
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
		expect(watched?.offsite).toEqual([]);
	});

	// Every page of every edition: Russian and Kazakh words are longer than English ones.
	describe.each(EDITION_PAGES)('%s', (path) => {
		let layout: Layout;
		let opened: Layout;
		let png: Buffer;

		beforeAll(async () => {
			const { page } = watched;
			const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			await enhanced(page);
			const file = `${DIR}/${slug(path)}-${width}.png`;
			await page.screenshot({ path: file, fullPage: true });
			png = readFileSync(file);
			layout = await measureLayout(page);
			// Then with every table view and disclosure open too.
			await page
				.locator('details')
				.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
			opened = await measureLayout(page);
		});

		it('saves a full-page screenshot', () => {
			expect(png.length).toBeGreaterThan(1000);
			expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		});

		it('is laid out at the viewport width', () => {
			expect(layout.innerWidth).toBe(width);
		});

		it.each([
			['as loaded', () => layout],
			['with every details element open', () => opened]
		])('does not scroll sideways %s', (_, get) => {
			const { scrollWidth, innerWidth, culprits } = get();
			expect(scrollWidth, culprits.join('; ')).toBeLessThanOrEqual(innerWidth);
		});

		it.each([
			['as loaded', () => layout],
			['with every details element open', () => opened]
		])('keeps all text inside the viewport or a scrolling box %s', (_, get) => {
			expect(get().textOutside).toEqual([]);
		});

		it('brings what the first Tab focuses into view', async () => {
			const { page } = watched;
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('Tab');
			const box = await page.evaluate(() => {
				const el = document.activeElement;
				if (!el || el === document.body) return null;
				const r = el.getBoundingClientRect();
				return { left: r.left, right: r.right, text: el.textContent?.trim() ?? '' };
			});
			expect(box, 'something takes the focus').not.toBeNull();
			expect(box?.left, box?.text).toBeGreaterThanOrEqual(0);
			expect(box?.right, box?.text).toBeLessThanOrEqual(width);
		});

		it('draws every chart in each layout and shows exactly one, with a size', () => {
			if (PAGES_WITH_CHARTS.includes(splitLocale(path).path))
				expect(layout.charts.length).toBeGreaterThan(0);
			for (const chart of layout.charts) {
				expect(chart.svgs, `${chart.id}: svg[role=img]`).toBe(LAYOUT_WIDTHS.length);
				expect(chart.shown, `${chart.id}: drawings shown`).toBe(1);
				expect(chart.width, `${chart.id}: width`).toBeGreaterThan(0);
				expect(chart.height, `${chart.id}: height`).toBeGreaterThan(0);
				expect(chart.width, `${chart.id}: within the viewport`).toBeLessThanOrEqual(width);
			}
		});

		it(`renders no chart text smaller than ${MIN_CHART_TEXT} px`, () => {
			const smallest = layout.smallestChartText;
			expect(smallest !== null, 'chart text on the page').toBe(
				PAGES_WITH_CHARTS.includes(splitLocale(path).path)
			);
			if (smallest)
				expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(MIN_CHART_TEXT - 0.01);
		});

		it('draws every chart label where it can be read', () => {
			expect(layout.textOutsideSvg).toEqual([]);
		});
	});
});
