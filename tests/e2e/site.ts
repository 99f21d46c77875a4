import type { Page } from 'playwright-core';
import { buildCharts } from '../../src/lib/charts/registry.ts';
import { loadPackage } from '../../src/lib/server/data.ts';
import { langFor } from '../../src/lib/i18n/index.ts';

const EN = langFor('en');

/**
 * Resolves once the enhancement script has run: it is a module, so it runs before the document's
 * DOMContentLoaded, and a page that has loaded has run it.
 */
export async function enhanced(page: Page): Promise<void> {
	await page.waitForFunction(() => document.readyState !== 'loading');
}

/** A page path as a file name: "/" is "home", "/data/" is "data", "/ru/data/" is "ru-data". */
export function slug(path: string): string {
	return path.split('/').filter(Boolean).join('-') || 'home';
}

/** Every chart the site draws, with the page its spec puts it on (the home page shows some again). */
export const CHART_PAGES: Readonly<Record<string, string>> = Object.fromEntries(
	buildCharts(loadPackage().data, EN).map((spec) => [spec.id, spec.page])
);

export const CHART_IDS: string[] = Object.keys(CHART_PAGES);

/** The pages that draw charts: the home page and every page a chart belongs to. */
export const PAGES_WITH_CHARTS: string[] = ['/', ...new Set(Object.values(CHART_PAGES))];

/** Ids of the charts that belong to `path`. */
export function chartsOwnedBy(path: string): string[] {
	return CHART_IDS.filter((id) => CHART_PAGES[id] === path);
}

/** Shows one section of a figure (chart, table, sources, download): its tab, when tabs are on. */
export async function showPanel(
	page: Page,
	figure: string,
	panel: 'chart' | 'table' | 'sources' | 'download'
): Promise<void> {
	const tab = page.locator(`#${figure}-tab-${panel}`);
	if (await tab.isVisible()) await tab.click();
	await page.locator(`#${figure}-panel-${panel}`).waitFor({ state: 'visible' });
}
