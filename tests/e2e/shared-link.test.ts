import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortCases, SORTS } from '../../src/lib/sentences/state.ts';
import { viewCase } from '../../src/lib/charts/sentences/spec.ts';
import { detailedCases } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { baseUrl, launch, openPage, PAGES } from './browser.ts';

const cases = detailedCases(loadPackageFrom(process.cwd()).data.convictions).map(viewCase);

/** What the page showed at one moment: whether the chart was visible, and which cases it drew. */
interface Frame {
	at: number;
	visible: boolean;
	keys: string[];
}

/**
 * Runs before any of the page's own scripts: records, at every change to the document from its
 * first node to the end, whether the comparison chart is visible and which cases it draws.
 */
function watchChart() {
	const frames: Frame[] = [];
	(window as unknown as { frames_: Frame[] }).frames_ = frames;
	const record = () => {
		// The drawing its column shows; the others, laid out for other widths, are not displayed.
		const svg = [...document.querySelectorAll('#sentence-ranges svg.chart-svg')].find(
			(s) => getComputedStyle(s).display !== 'none'
		);
		if (!svg) return;
		const visible = getComputedStyle(svg).visibility === 'visible';
		const keys = [...svg.querySelectorAll('g[data-key]')].map(
			(g) => g.getAttribute('data-key') ?? ''
		);
		const last = frames[frames.length - 1];
		if (last && last.visible === visible && last.keys.join() === keys.join()) return;
		frames.push({ at: performance.now(), visible, keys });
	};
	new MutationObserver(record).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

// A few shared views: one case, two cases in another order, every case sorted another way.
const views = [
	{ chosen: [cases[2]], sort: 'verdict' as const },
	{ chosen: [cases[0], cases[1]], sort: 'max' as const },
	{ chosen: cases, sort: 'convicted' as const }
].map(({ chosen, sort }) => {
	const picked = chosen.filter((c) => c !== undefined) as typeof cases;
	const query = `?cases=${picked.map((c) => c.id).join(',')}&sort=${sort}`;
	return { query, expected: sortCases(picked, sort).map((c) => c.id) };
});

describe('a shared link to the sentence comparison, with the CPU slowed 4×', () => {
	it('has views to test that differ from the default', () => {
		expect(SORTS).toContain('max');
		for (const { expected } of views) expect(expected.length).toBeGreaterThan(0);
		const defaultOrder = sortCases(cases, 'verdict').map((c) => c.id);
		expect(views.some((v) => v.expected.join() !== defaultOrder.join())).toBe(true);
	});

	it.each(views)(
		'$query never shows another selection, from the first node until it shows its own',
		async ({ query, expected }) => {
			const { page, errors, close } = await openPage(browser);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.addInitScript(watchChart);
			await page.goto(`${baseUrl()}/sentences/${query}`);
			await page.waitForFunction(
				(want) => {
					const frames = (window as unknown as { frames_: Frame[] }).frames_;
					const last = frames[frames.length - 1];
					return last?.visible === true && last.keys.join() === want;
				},
				expected.join(),
				{ timeout: 10_000 }
			);
			const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
			expect(frames.length).toBeGreaterThan(0);
			const shown = frames.filter((f) => f.visible);
			for (const frame of shown) expect(frame.keys).toEqual(expected);
			// How fast is for the bench to measure (npm run bench); here the view must come at all.
			expect(shown[0]?.at ?? Infinity).toBeLessThan(10_000);
			expect(errors).toEqual([]);
			await close();
		}
	);

	it('shows the default comparison and says why, with JavaScript off', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}/sentences/${views[0]?.query}`);
		const keys = await page
			.locator('#sentence-ranges svg.chart-svg:visible g[data-key]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		expect(keys).toEqual(sortCases(cases, 'verdict').map((c) => c.id));
		expect(
			await page.locator('#sentence-ranges svg.chart-svg[role="img"]:visible').isVisible()
		).toBe(true);
		const why = page.locator('#sentence-ranges noscript p');
		expect(await why.isVisible()).toBe(true);
		expect(await why.textContent()).toContain('only with JavaScript on');
		await close();
	});
});

describe('what the pages send', () => {
	it.each(PAGES)('%s carries no SVG markup in an inline script', async (path) => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}${path}`);
		const inline = await page.evaluate(() =>
			[...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? '')
		);
		for (const text of inline) expect(text).not.toMatch(/<svg|\\u003csvg|&lt;svg/i);
		await close();
	});
});
