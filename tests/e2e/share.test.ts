import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, svgSize } from '../lib/png.ts';
import { baseUrl, launch, openPage, PAGES, type Watched } from './browser.ts';
import { CHART_IDS, CHART_PAGES } from './site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function meta(page: Page, selector: string): Promise<string | null> {
	const found = page.locator(selector);
	expect(await found.count(), selector).toBe(1);
	return found.getAttribute(selector.startsWith('link') ? 'href' : 'content');
}

/** A file of the built site, fetched from the local server. */
async function fetchFile(path: string): Promise<{ type: string | null; bytes: Uint8Array }> {
	const response = await fetch(`${baseUrl()}${path}`);
	expect(response.status, path).toBe(200);
	return {
		type: response.headers.get('content-type'),
		bytes: new Uint8Array(await response.arrayBuffer())
	};
}

/** Checks a page's share tags; returns the site origin its canonical link names. */
async function checkShareTags(page: Page, canonicalPath: string): Promise<void> {
	const canonical = await meta(page, 'link[rel="canonical"]');
	expect(canonical).toMatch(/^https?:\/\//);
	// The public origin is a build setting: learn it from the canonical link, then serve locally.
	expect(canonical!.endsWith(canonicalPath), `${canonical} ends with ${canonicalPath}`).toBe(true);
	const origin = canonical!.slice(0, -canonicalPath.length);

	expect(await meta(page, 'meta[property="og:url"]')).toBe(canonical);
	expect(await meta(page, 'meta[property="og:type"]')).toBe('website');
	expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
	expect((await meta(page, 'meta[property="og:title"]'))?.length).toBeGreaterThan(5);
	expect((await meta(page, 'meta[property="og:description"]'))?.length).toBeGreaterThan(30);
	expect(await page.title()).toContain((await meta(page, 'meta[property="og:title"]')) ?? '-');

	const image = await meta(page, 'meta[property="og:image"]');
	expect(image?.startsWith(`${origin}/`), `${image} is on ${origin}`).toBe(true);
	expect(new URL(image!).href).toBe(image);
	const file = await fetchFile(image!.slice(origin.length));
	expect(file.type).toBe('image/png');
	expect(pngSize(file.bytes)).toEqual({ width: 1200, height: 630 });
	expect(await meta(page, 'meta[property="og:image:width"]')).toBe('1200');
	expect(await meta(page, 'meta[property="og:image:height"]')).toBe('630');
}

describe.each(PAGES)('share tags of %s', (path) => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser, { javaScriptEnabled: false });
		const response = await watched.page.goto(baseUrl() + path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.offsite).toEqual([]);
	});

	it('has a canonical link, a title, a description and a 1200×630 card, all absolute', async () => {
		await checkShareTags(watched.page, path);
	});
});

describe.each(CHART_IDS)('share tags of the %s embed', (id) => {
	it('point to the chart on its page and to the chart’s 1200×630 card', async () => {
		const watched = await openPage(browser, { javaScriptEnabled: false });
		try {
			const response = await watched.page.goto(`${baseUrl()}/embed/${id}/`, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			await checkShareTags(watched.page, `${CHART_PAGES[id]}#${id}`);
			expect(await meta(watched.page, 'meta[property="og:image"]')).toMatch(
				new RegExp(`/cards/chart-${id}\\.png$`)
			);
			expect(watched.offsite).toEqual([]);
		} finally {
			await watched.close();
		}
	});
});

describe.each(CHART_IDS)('/charts/%s.png', (id) => {
	it('is a valid PNG twice the size of the chart’s SVG file', async () => {
		const svg = await fetchFile(`/charts/${id}.svg`);
		const size = svgSize(Buffer.from(svg.bytes).toString('utf8'));
		expect(size.width).toBeGreaterThan(100);
		const png = await fetchFile(`/charts/${id}.png`);
		expect(png.type).toBe('image/png');
		expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
	});
});
