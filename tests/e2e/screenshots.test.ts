import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, PAGES, type Watched } from './browser.ts';
import { hydrated, slug } from './site.ts';

const DIR = 'test-results/screenshots';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
	mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

describe.each([360, 1280])('at %i px wide', (width) => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser, { viewport: { width, height: 800 } });
	});
	afterAll(async () => {
		await watched?.close();
	});

	it.each(PAGES)('%s', async (path) => {
		const { page } = watched;
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await hydrated(page);
		const file = `${DIR}/${slug(path)}-${width}.png`;
		await page.screenshot({ path: file, fullPage: true });
		const png = readFileSync(file);
		expect(png.length).toBeGreaterThan(1000);
		expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		if (width > 360) return;
		// With every table view open too, nothing may push the page wider than the phone.
		await page
			.locator('details')
			.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
		const overflow = await page.evaluate((limit) => {
			const clipped = (el: Element) => {
				for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
					if (getComputedStyle(a).overflowX !== 'visible') return true;
				return false;
			};
			// An element's own box, or the text or children spilling out of it unless it scrolls them.
			const wide = [...document.querySelectorAll('body *')].filter((el) => {
				const box = el.getBoundingClientRect();
				const scrolls = el instanceof SVGElement || getComputedStyle(el).overflowX !== 'visible';
				const spill = scrolls ? 0 : box.left + el.scrollWidth;
				return Math.max(box.right, spill) > limit + 0.5 && !clipped(el);
			});
			// Name the innermost culprits, not their ancestors.
			const culprits = wide.filter(
				(el) => !wide.some((other) => other !== el && el.contains(other))
			);
			return {
				scrollWidth: document.documentElement.scrollWidth,
				culprits: culprits.slice(0, 5).map((el) => {
					const name = el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
					const text = (el.textContent ?? '').trim().slice(0, 60);
					const box = el.getBoundingClientRect();
					const right = Math.max(box.right, box.left + el.scrollWidth);
					return `${name} to ${Math.round(right)} px: "${text}"`;
				})
			};
		}, width);
		expect(overflow.scrollWidth, overflow.culprits.join('; ')).toBeLessThanOrEqual(width);
	});
});
