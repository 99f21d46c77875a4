// Whether the charts are drawn without JavaScript: the page loaded with scripts disabled.
import { blockThirdParty } from './network.js';

/** @typedef {import('./types.js').ChartResult} ChartResult */

/**
 * Loads a page with JavaScript disabled and checks every figure.chart holds a drawn SVG.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} origin
 * @returns {Promise<ChartResult>}
 */
export async function checkCharts(browser, url, origin) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await blockThirdParty(page, origin, []);
		const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		const figures = await page.locator('figure.chart').evaluateAll((elements) =>
			elements.map((figure, index) => {
				const svgs = [...figure.querySelectorAll('svg[role="img"]')];
				const label =
					figure.querySelector('figcaption')?.textContent?.trim() ||
					figure.getAttribute('aria-label') ||
					figure.querySelector('[aria-label]')?.getAttribute('aria-label') ||
					`chart ${index + 1}`;
				return {
					label: label.replace(/\s+/g, ' ').slice(0, 80),
					ok: svgs.some((svg) => svg.querySelector('[data-mark]') !== null)
				};
			})
		);
		const present = figures.filter((figure) => figure.ok).length;
		return {
			status: response?.status() ?? 0,
			charts: figures.length,
			present,
			ok: present === figures.length,
			missing: figures.filter((figure) => !figure.ok).map((figure) => figure.label)
		};
	} finally {
		await context.close();
	}
}
