// The comparison's views: how long an old link (?cases=…) takes to show its view's page with the
// CPU slowed 4×, and how long a click on a control takes to paint the next view, on the desktop CPU.
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/chromium.js';
import { CLICK_TO_VIEW, SHARED_VIEW } from './budgets.js';
import { onExit, progress } from './lifecycle.js';

/**
 * @typedef {object} SharedViewResult
 * @property {string} query what was measured: an old link's query, or "click <control>"
 * @property {(number | null)[]} runs milliseconds, null when the view never came
 * @property {number | null} median
 * @property {number} budget milliseconds
 */

/** @param {(number | null)[]} values */
function median(values) {
	const known = values.filter((v) => v !== null).sort((a, b) => a - b);
	if (known.length < values.length || known.length === 0) return null;
	return known[Math.floor((known.length - 1) / 2)] ?? null;
}

/** Runs in the page before its scripts: when the comparison's chart is first painted visible. */
function watchFirstView() {
	const state = /** @type {{ shown: number | null }} */ ({ shown: null });
	/** @type {any} */ (window).sharedView_ = state;
	new MutationObserver(() => {
		if (state.shown !== null || !location.pathname.match(/^\/sentences\/.+\//)) return;
		const svg = document.querySelector('#sentence-ranges svg.chart-svg');
		if (!svg || getComputedStyle(svg).visibility !== 'visible') return;
		requestAnimationFrame(() => setTimeout(() => (state.shown ??= performance.now())));
	}).observe(document, { subtree: true, attributes: true, childList: true });
}

/** Runs in the page: from a click on a control to the frame that shows the next view. */
function watchClicks() {
	const state = /** @type {{ clicked: number | null, painted: number | null }} */ ({
		clicked: null,
		painted: null
	});
	/** @type {any} */ (window).clickView_ = state;
	addEventListener('click', () => (state.clicked = performance.now()), { capture: true });
	new MutationObserver(() => {
		if (state.clicked === null || state.painted !== null) return;
		requestAnimationFrame(() => setTimeout(() => (state.painted ??= performance.now())));
	}).observe(document, { subtree: true, childList: true });
}

/**
 * @param {string} base the server's URL
 * @param {number} runs
 * @returns {Promise<SharedViewResult[]>}
 */
export async function measureSharedView(base, runs) {
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
	onExit(() => browser.close());
	/** @type {SharedViewResult[]} */
	const results = [];
	// Old links read the map the default page carries, so the ids come from the page itself.
	const probe = await browser.newPage();
	await probe.goto(`${base}/sentences/`);
	const ids = JSON.parse((await probe.locator('#sentence-views').textContent()) ?? '{}').ids ?? [];
	await probe.close();
	const queries = [`?cases=${ids[ids.length - 1]}`, `?cases=${ids.slice(0, 2).join(',')}&sort=max`];
	for (const query of queries) {
		progress(`old link to a view: /sentences/${query}`);
		/** @type {(number | null)[]} */
		const times = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: SHARED_VIEW.cpuSlowdown });
			await page.addInitScript(watchFirstView);
			// Measured from the old link's navigation start, across the move to the view's page.
			const started = Date.now();
			await page.goto(`${base}/sentences/${query}`);
			const shown = await page
				.waitForFunction(() => /** @type {any} */ (window).sharedView_.shown, null, {
					timeout: 15_000
				})
				.then(async (handle) => {
					const at = /** @type {number} */ (await handle.jsonValue());
					const origin = await page.evaluate(() => performance.timeOrigin);
					return origin + at - started;
				})
				.catch(() => null);
			times.push(typeof shown === 'number' ? Math.round(shown) : null);
			await context.close();
		}
		results.push({ query, runs: times, median: median(times), budget: SHARED_VIEW.ms });
	}
	for (const control of ['#control-sort-max', '#control-case-uralsk']) {
		progress(`click to next view: ${control}`);
		/** @type {(number | null)[]} */
		const times = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.addInitScript(watchClicks);
			await page.goto(`${base}/sentences/`);
			const link = page.locator(control);
			if ((await link.count()) === 0) {
				times.push(null);
				await context.close();
				continue;
			}
			// The pointer rests on the control first, as a reader's does before a click.
			const fetched = page.waitForResponse(
				(r) => r.url().includes('/sentences/') && r.request().resourceType() === 'fetch'
			);
			await link.hover();
			await fetched.catch(() => null);
			await link.click();
			const painted = await page
				.waitForFunction(
					() => {
						const s = /** @type {any} */ (window).clickView_;
						return s.painted !== null && s.clicked !== null ? s.painted - s.clicked : null;
					},
					null,
					{ timeout: 10_000 }
				)
				.then((h) => h.jsonValue())
				.catch(() => null);
			times.push(typeof painted === 'number' ? Math.round(painted) : null);
			await context.close();
		}
		results.push({
			query: `click ${control}`,
			runs: times,
			median: median(times),
			budget: CLICK_TO_VIEW.ms
		});
	}
	await browser.close();
	return results;
}

/**
 * Each measure over its budget, in words.
 * @param {SharedViewResult[]} results
 */
export function slowSharedViews(results) {
	return results
		.filter((r) => r.median === null || r.median > r.budget)
		.map(
			(r) => `${r.query}: ${r.median === null ? 'never shown' : `${r.median} ms`} > ${r.budget} ms`
		);
}
