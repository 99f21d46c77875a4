// The home tiles, the incidents page and the websites page in Russian and Kazakh, as a reader sees
// them: no English word in what these pages say of their own, and no word running out of its box.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch } from './browser.ts';
import { enhanced } from './site.ts';

/** The parts of each page whose words are these pages' own (the figure frame is tested elsewhere). */
const REGIONS: { path: string; selectors: string[] }[] = [
	{ path: '/', selectors: ['h1', '.lede', '.tiles', '#deaths-per-incident svg', '#websites svg'] },
	{ path: '/incidents/', selectors: ['h1', '.lede', '.aside', '#deaths-per-incident svg'] },
	{ path: '/websites/', selectors: ['h1', '.lede', '.caveat', '.words-after', '#websites svg'] }
];

/** Proper names with no Cyrillic form. */
const ALLOWED = new Set(['Refworld']);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, width: number): Promise<Page> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
	expect(response?.status()).toBe(200);
	await enhanced(page);
	return page;
}

describe.each(['ru', 'kk'])('the %s edition', (locale) => {
	describe.each(REGIONS)('$path', ({ path, selectors }) => {
		it('says nothing in English', async () => {
			const page = await open(`/${locale}${path}`, 1280);
			const texts = await page.evaluate(
				(sels) =>
					sels.flatMap((s) =>
						[...document.querySelectorAll(s)].map((el) => ({ s, text: el.textContent ?? '' }))
					),
				selectors
			);
			await page.close();
			expect(texts.length).toBeGreaterThanOrEqual(selectors.length);
			const english = texts.flatMap(({ s, text }) =>
				(text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !ALLOWED.has(w)).map((w) => `${s}: ${w}`)
			);
			expect(english).toEqual([]);
		});

		it('keeps every word inside the page at 360 px', async () => {
			const page = await open(`/${locale}${path}`, 360);
			const overflow = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth - window.innerWidth,
				texts: [...document.querySelectorAll('main text, main p, main li, main h1, main h2')]
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
					})
					.filter((el) => !el.closest('pre, code, .table-scroll, table'))
					.map((el) => (el.textContent ?? '').slice(0, 60))
			}));
			await page.close();
			expect(overflow.page).toBeLessThanOrEqual(0);
			expect(overflow.texts).toEqual([]);
		});
	});
});
