import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishWords, KEPT_IN_ENGLISH } from '../lib/english.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';

/** The about, data and not-found pages, and an embed page's own words, in each translated edition. */
const PAGES = ['ru', 'kk'].flatMap((locale) => [
	{ locale, path: `/${locale}/about/`, scope: 'main' },
	{ locale, path: `/${locale}/data/`, scope: 'main' },
	{ locale, path: `/${locale}/404.html`, scope: 'main' },
	// The chart's own words are its chart's; the embed page's frame is these pages'.
	{ locale, path: `/${locale}/embed/websites/`, scope: '.embed-links, .source' }
]);

/** Kept in English on purpose: names, formats, and the data's codes the tables' descriptions quote. */
const KEPT = [
	...KEPT_IN_ENGLISH,
	'Chicago',
	'README',
	'CHANGELOG',
	'pandas',
	'geonames.org',
	'true',
	'false',
	'near'
];

/** Column names (convicted_words, sentence_stated=false) and file names (events.csv) are codes. */
const codes = (text: string) =>
	text.replace(/\b[a-z]+(?:_[a-z]+)+(?:=\w+)?|\b[a-z_.]+\.(?:csv|json|md)\b/g, ' ');

/** The visible text under `scope`, without code, English-marked parts, the codebook's columns and drawings. */
function ownText(page: Page, scope: string): Promise<string> {
	return page.evaluate((scope) => {
		const skip = 'code, [lang="en"], [hreflang="en"], svg, textarea, .codebook, script, style';
		const out: string[] = [];
		for (const root of document.querySelectorAll(scope)) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode())
				if (!node.parentElement?.closest(skip)) out.push(node.textContent ?? '');
		}
		return out.join(' ');
	}, scope);
}

let browser: Browser;
let watched: Watched;
beforeAll(async () => {
	browser = await launch();
	watched = await openPage(browser);
});
afterAll(async () => {
	await watched?.close();
	await browser?.close();
});

describe.each(PAGES)('$path', ({ locale, path, scope }) => {
	it('is in its edition’s language and shows no English sentence of its own', async () => {
		const { page } = watched;
		await page.goto(new URL(path, baseUrl()).href);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
		const text = await ownText(page, scope);
		expect(text.trim().length).toBeGreaterThan(20);
		expect(englishWords(codes(text), KEPT)).toEqual([]);
	});
});
