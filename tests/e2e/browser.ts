import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROME_FLAGS, CHROME_PATH } from '../../scripts/chromium.js';
import { LOCALES, localePath } from '../../src/lib/i18n/locales.ts';
import { SITE_PAGES } from '../../src/lib/server/share.ts';

export function baseUrl(): string {
	return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
	if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH}`);
	return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}

/** The site's pages, with trailing slashes as the site links them: the one list the site keeps. */
export const PAGES: string[] = SITE_PAGES.map((p) => p.path);

/** Every page in every edition: English, then Russian, then Kazakh. */
export const EDITION_PAGES: string[] = LOCALES.flatMap((locale) =>
	PAGES.map((path) => localePath(locale, path))
);

export interface Watched {
	page: Page;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Requests to any host other than the site's. */
	offsite: string[];
	close: () => Promise<void>;
}

/** A page in a fresh context that records console errors and blocks and records off-site requests. */
export async function openPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<Watched> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const errors: string[] = [];
	const offsite: string[] = [];
	const origin = new URL(baseUrl()).origin;
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
			return route.continue();
		offsite.push(url);
		return route.abort();
	});
	return { page, errors, offsite, close: () => context.close() };
}
