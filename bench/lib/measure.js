// Measures every page: network and charts in Playwright's Chromium, then Lighthouse in a Chrome
// started for it (closed by the cleanup steps).
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/chromium.js';
import { onExit, progress } from './lifecycle.js';
import { medianRun, runLighthouse } from './lighthouse.js';
import { measureNetwork } from './network.js';
import { checkCharts } from './nojs-charts.js';
import { FORM_FACTORS } from './types.js';

/**
 * @typedef {import('./types.js').ChartResult} ChartResult
 * @typedef {import('./types.js').FormFactor} FormFactor
 * @typedef {import('./types.js').LighthouseRun} LighthouseRun
 * @typedef {import('./types.js').Measured} Measured
 * @typedef {import('./types.js').NetworkResult} NetworkResult
 */

/**
 * @param {string} base the server's URL, without a trailing slash
 * @param {string[]} paths
 * @param {number} runs Lighthouse runs per page and form factor
 * @returns {Promise<{ pages: Measured[], chromium: string }>}
 */
export async function measure(base, paths, runs) {
	const origin = new URL(base).origin;
	/** @param {string} path */
	const urlOf = (path) => base + encodeURI(path);

	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: CHROME_FLAGS,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false
	});
	onExit(() => browser.close());
	const version = browser.version();
	/** @type {Map<string, { network: NetworkResult, charts: ChartResult }>} */
	const loaded = new Map();
	for (const path of paths) {
		progress(`network and no-JS charts: ${path}`);
		const network = await measureNetwork(browser, urlOf(path), origin);
		const charts = await checkCharts(browser, urlOf(path), origin);
		loaded.set(path, { network, charts });
	}
	await browser.close();

	const chrome = await chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: ['--headless', ...CHROME_FLAGS],
		handleSIGINT: false,
		logLevel: 'silent'
	});
	onExit(() => chrome.kill());
	/** @type {Measured[]} */
	const pages = [];
	for (const path of paths) {
		/** @type {Record<FormFactor, LighthouseRun[]>} */
		const done = { mobile: [], desktop: [] };
		for (let i = 1; i <= runs; i++) {
			for (const formFactor of FORM_FACTORS) {
				progress(`lighthouse ${path} ${formFactor} run ${i}/${runs}`);
				const run = await runLighthouse(urlOf(path), chrome.port, formFactor);
				if (run.error) progress(`  error: ${run.error}`);
				done[formFactor].push(run);
			}
		}
		const { network, charts } = /** @type {{ network: NetworkResult, charts: ChartResult }} */ (
			loaded.get(path)
		);
		pages.push({
			path,
			url: urlOf(path),
			network,
			charts,
			lighthouse: {
				mobile: { runs: done.mobile, median: medianRun(done.mobile) },
				desktop: { runs: done.desktop, median: medianRun(done.desktop) }
			}
		});
	}
	return { pages, chromium: version };
}
