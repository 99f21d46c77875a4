import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailedCases } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { citySlug } from '../../src/lib/sentences/pages.ts';
import { elements } from '../lib/charts/svg.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';
import { measureLayout, MIN_CHART_TEXT } from './layout.ts';
import { CHART_PAGES, enhanced } from './site.ts';

/** Frame widths the fixed height is made for: common phones held upright to desktops. */
const WIDTHS = [360, 414, 768, 1280];
/** The fixed height may exceed the tallest the embed page needs at those widths by this share, no more. */
const SLACK = 0.12;
const cases = detailedCases(loadPackageFrom(process.cwd()).data.convictions);

/** Every chart on its page, and the comparison of each single case, which has its own embed. */
const FIGURES = [
	...Object.entries(CHART_PAGES).map(([id, path]) => ({ id, path, figure: id })),
	...cases.map((c) => ({
		id: `sentence-ranges (${c.id} alone)`,
		path: `/sentences/${citySlug(c.city)}/`,
		figure: 'sentence-ranges'
	}))
];

let browser: Browser;
let source: Watched;
beforeAll(async () => {
	browser = await launch();
	source = await openPage(browser);
});
afterAll(async () => {
	await source?.close();
	await browser?.close();
});

/** The two embed codes a figure offers, as its page shows them once it has drawn its view. */
async function embedCodes(path: string, figure: string) {
	const { page } = source;
	await page.goto(baseUrl() + path, { waitUntil: 'load' });
	await enhanced(page);
	const fixed = await page.locator(`#${figure}-embed-code`).inputValue();
	const responsive = await page.locator(`#${figure}-embed-responsive`).inputValue();
	return { fixed, responsive };
}

/** The code, pointed at the test server rather than the public address it was built for. */
function local(code: string): string {
	const src = elements(code).find((e) => e.tag === 'iframe')?.attrs.src ?? '';
	return code.replaceAll(new URL(src).origin, new URL(baseUrl()).origin);
}

/** A blank page of the given width holding the code, and its framed embed page once loaded. */
async function host(page: Page, code: string): Promise<Frame> {
	await page.setContent(`<!doctype html><html><body style="margin:0">${code}</body></html>`);
	await expect.poll(() => page.frames().length).toBeGreaterThan(1);
	const frame = page.frames().find((f) => f !== page.mainFrame()) as Frame;
	await frame.waitForLoadState('load');
	await frame.locator('svg.chart-svg:visible').waitFor();
	return frame;
}

const overflow = (frame: Frame) =>
	frame.evaluate(() => ({
		needed: document.documentElement.scrollHeight,
		given: document.documentElement.clientHeight
	}));

describe.each(FIGURES)('the embed of $id', ({ path, figure }) => {
	let codes: { fixed: string; responsive: string };
	beforeAll(async () => {
		codes = await embedCodes(path, figure);
	});

	it.each(WIDTHS)(
		'fits the height its code gives, with text no smaller than the minimum, %i px wide',
		async (width) => {
			const given = Number(elements(codes.fixed)[0]?.attrs.height);
			expect(given).toBeGreaterThan(0);
			const { page, errors, close } = await openPage(browser, {
				viewport: { width, height: given + 200 }
			});
			const frame = await host(page, local(codes.fixed));
			const { needed, given: shown } = await overflow(frame);
			expect(shown).toBe(given);
			expect(needed, `needs ${needed} px, given ${given}`).toBeLessThanOrEqual(given);
			const { smallestChartText: smallest } = await measureLayout(frame);
			expect(smallest?.px, smallest?.text).toBeGreaterThanOrEqual(MIN_CHART_TEXT - 0.01);
			expect(errors).toEqual([]);
			await close();
		}
	);

	it(`gives a fixed height at most ${SLACK * 100}% over the tallest it needs at ${WIDTHS.join(', ')} px`, async () => {
		const given = Number(elements(codes.fixed)[0]?.attrs.height);
		const needed: number[] = [];
		for (const width of WIDTHS) {
			const { page, close } = await openPage(browser, { viewport: { width, height: 400 } });
			const frame = await host(page, local(codes.fixed.replace(/height="\d+"/, 'height="200"')));
			needed.push((await overflow(frame)).needed);
			await close();
		}
		expect(given).toBeGreaterThanOrEqual(Math.max(...needed));
		expect(given, `needs ${needed.join(', ')}`).toBeLessThanOrEqual(
			Math.max(...needed) * (1 + SLACK)
		);
	});

	it('offers the self-sizing code first', async () => {
		const { page } = source;
		const first = await page
			.locator(`#${figure}-panel-download details`)
			.first()
			.getAttribute('class');
		expect(first).toContain('embed-responsive');
	});

	it('sizes its frame to the height the embed page posts, at any width', async () => {
		expect(codes.responsive.startsWith(codes.fixed)).toBe(true);
		expect(elements(codes.responsive).map((e) => e.tag)).toEqual(['iframe', 'script']);
		const { page, errors, close } = await openPage(browser, {
			viewport: { width: 320, height: 900 }
		});
		const frame = await host(page, local(codes.responsive));
		const iframe = page.locator('iframe');
		const fits = async () => {
			const [frameHeight, content] = await Promise.all([
				iframe.evaluate((f) => f.getBoundingClientRect().height),
				frame.evaluate(() =>
					Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0)
				)
			]);
			return { frameHeight, content };
		};
		await expect.poll(async () => (await iframe.getAttribute('style')) ?? '').toMatch(/height:/);
		let now = await fits();
		expect(now.frameHeight).toBe(now.content);
		expect((await overflow(frame)).needed).toBeLessThanOrEqual(now.frameHeight);
		// At each other width, the frame follows the page's new height.
		for (const width of [280, 768, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await expect
				.poll(async () => {
					const { frameHeight, content } = await fits();
					return { width, gap: frameHeight - content };
				})
				.toEqual({ width, gap: 0 });
		}
		now = await fits();
		expect(now.frameHeight).toBe(now.content);
		expect((await overflow(frame)).needed).toBeLessThanOrEqual(now.frameHeight);
		expect(errors).toEqual([]);
		await close();
	});
});

describe.each(Object.keys(CHART_PAGES))('the embed page of %s, opened at each width', (id) => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser);
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
	});

	it.each([280, 320, 360, 768, 1280, 1600])(
		`renders no chart text smaller than ${MIN_CHART_TEXT} px at %i px`,
		async (width) => {
			const { page } = watched;
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`${baseUrl()}/embed/${id}/`, { waitUntil: 'load' });
			const { smallestChartText: smallest, scrollWidth } = await measureLayout(page);
			expect(smallest, 'chart text on the page').not.toBeNull();
			expect(smallest?.px, smallest?.text).toBeGreaterThanOrEqual(MIN_CHART_TEXT - 0.01);
			expect(scrollWidth).toBeLessThanOrEqual(width);
		}
	);
});

describe('the embed page', () => {
	it('needs no script but the site’s one enhancement file, under its CSP', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/embed/websites/`, { waitUntil: 'load' });
		const scripts = await page
			.locator('script')
			.evaluateAll((all) =>
				all.map((s) => new URL((s as HTMLScriptElement).src || 'inline:').pathname)
			);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/^\/enhance\/enhance\.[A-Za-z0-9_-]{8}\.js$/);
		expect(errors).toEqual([]);
		await close();
	});
});
