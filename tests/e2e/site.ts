import type { Page } from 'playwright-core';
import { charts } from '../../src/lib/server/charts.ts';

/** Resolves once SvelteKit has hydrated the page: its route announcer is rendered on mount. */
export async function hydrated(page: Page): Promise<void> {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

/** A page path as a file name: "/" is "home", "/data/" is "data". */
export function slug(path: string): string {
	return path.replaceAll('/', '') || 'home';
}

/** Ids of the charts whose own page is `path`, from the chart specs the build renders. */
export function chartsOwnedBy(path: string): string[] {
	return charts()
		.filter((spec) => spec.page === path)
		.map((spec) => spec.id);
}

/** Every chart id the site draws. */
export const CHART_IDS: string[] = charts().map((spec) => spec.id);
