// Time from navigation to a shared comparison link showing its own view, with the CPU slowed 4×.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/chromium.js';
import { SHARED_VIEW } from './budgets.js';
import { onExit, progress } from './lifecycle.js';

/**
 * @typedef {object} SharedViewResult
 * @property {string} query the link's query string
 * @property {(number | null)[]} runs milliseconds from navigation start, null when it never came
 * @property {number | null} median
 */

/** @param {(number | null)[]} values */
function median(values) {
	const known = values.filter((v) => v !== null).sort((a, b) => a - b);
	if (known.length < values.length || known.length === 0) return null;
	return known[Math.floor((known.length - 1) / 2)] ?? null;
}

/** Runs in the page before its scripts: notes when the placeholder for the link's view gives way. */
function watchView() {
	const root = () => document.documentElement;
	const state = /** @type {{ pending: boolean, shown: number | null }} */ ({
		pending: false,
		shown: null
	});
	/** @type {any} */ (window).sharedView_ = state;
	new MutationObserver(() => {
		const el = root();
		if (!el) return;
		if (el.dataset.view === 'pending') state.pending = true;
		else if (state.pending && state.shown === null) state.shown = performance.now();
	}).observe(document, { subtree: true, attributes: true, childList: true });
}

/**
 * Links that select cases (from the built comparison's CSV), each loaded `runs` times.
 * @param {string} base the server's URL
 * @param {string} root the built site's folder
 * @param {number} runs
 * @returns {Promise<SharedViewResult[]>}
 */
export async function measureSharedView(base, root, runs) {
	const ids = csvParse(await readFile(join(root, 'charts', 'sentence-ranges.csv'), 'utf8')).map(
		(row) => row.id ?? ''
	);
	const queries = [`?cases=${ids[ids.length - 1]}`, `?cases=${ids.slice(0, 2).join(',')}&sort=max`];
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
	onExit(() => browser.close());
	/** @type {SharedViewResult[]} */
	const results = [];
	for (const query of queries) {
		progress(`time to shared view: /sentences/${query}`);
		/** @type {(number | null)[]} */
		const times = [];
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: SHARED_VIEW.cpuSlowdown });
			await page.addInitScript(watchView);
			await page.goto(`${base}/sentences/${query}`);
			const shown = await page
				.waitForFunction(() => /** @type {any} */ (window).sharedView_.shown, null, {
					timeout: 15_000
				})
				.then((handle) => handle.jsonValue())
				.catch(() => null);
			times.push(typeof shown === 'number' ? Math.round(shown) : null);
			await context.close();
		}
		results.push({ query, runs: times, median: median(times) });
	}
	await browser.close();
	return results;
}

/**
 * Each shared link slower than the budget, in words.
 * @param {SharedViewResult[]} results
 */
export function slowSharedViews(results) {
	return results
		.filter((r) => r.median === null || r.median > SHARED_VIEW.ms)
		.map(
			(r) =>
				`/sentences/${r.query}: shared view ${r.median === null ? 'never shown' : `${r.median} ms`} > ${SHARED_VIEW.ms} ms (CPU ${SHARED_VIEW.cpuSlowdown}× slower)`
		);
}
