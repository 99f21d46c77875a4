import type { Browser, Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, PAGES, type Watched } from './browser.ts';
import { enhanced } from './site.ts';

/** Directives of a CSP header value, each with its source list. */
function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

const INJECTION = new URLSearchParams({
	cases: '<script>alert(1)</script>',
	sort: 'javascript:alert(1)',
	highlight: '"><img src=x onerror=alert(1)>'
}).toString();
const LONG = new URLSearchParams({
	cases: 'x'.repeat(5000),
	highlight: 'y'.repeat(5000)
}).toString();

let browser: Browser;
let watched: Watched;
const dialogs: string[] = [];
beforeAll(async () => {
	browser = await launch();
	watched = await openPage(browser);
	watched.page.on('dialog', (dialog: Dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
});
afterAll(async () => {
	await watched?.close();
	await browser?.close();
});

/** Loads a path in the shared page, with fresh error lists, and waits until its scripts have run. */
async function visit(path: string) {
	watched.errors.length = 0;
	watched.offsite.length = 0;
	dialogs.length = 0;
	const response = await watched.page.goto(baseUrl() + path, { waitUntil: 'load' });
	await enhanced(watched.page);
	return response;
}

describe.each(PAGES)('%s', (path) => {
	it("serves a CSP meta: default-src 'self', no inline or eval script", async () => {
		// Read from the served HTML, so the policy applies before any script runs.
		const response = await fetch(baseUrl() + path);
		expect(response.status).toBe(200);
		const html = await response.text();
		// Parsed by the browser's HTML parser in a blank page, where no script of the site runs.
		const blank = await watched.page.context().newPage();
		const metas = await blank.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'text/html');
			return [...doc.querySelectorAll('meta[http-equiv]')]
				.filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
				.map((m) => ({ inHead: m.parentElement === doc.head, content: m.getAttribute('content') }));
		}, html);
		await blank.close();
		expect(metas).toHaveLength(1);
		expect(metas[0]?.inHead).toBe(true);
		const csp = parseCsp(metas[0]?.content ?? '');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		expect(scriptSrc).not.toContain('*');
		expect(csp.get('object-src')).toEqual(["'none'"]);
	});

	it('loads with JavaScript with no console error (CSP violations included) and nothing off-site', async () => {
		// Once loaded, every module has run, so a blocked script or style has been reported.
		await visit(path);
		expect(watched.errors).toEqual([]);
		expect(watched.offsite).toEqual([]);
	});

	it.each([
		['script-injection attempts', INJECTION],
		['5,000-character values', LONG]
	])('ignores %s in the query string', async (_, query) => {
		const response = await visit(`${path}?${query}`);
		expect(response?.status()).toBe(200);
		await expect(watched.page.locator('h1').isVisible()).resolves.toBe(true);
		const injected = await watched.page
			.locator('main img[src="x"], main script:not([src])')
			.count();
		expect(injected).toBe(0);
		expect(dialogs).toEqual([]);
		expect(watched.errors).toEqual([]);
		expect(watched.offsite).toEqual([]);
	});
});

describe.each(['/no-such-page/', '/data/nope.csv', '/incidents/nope/'])(
	'unknown URL %s',
	(path) => {
		it('is a 404 with the site heading and navigation', async () => {
			const response = await visit(path);
			expect(response?.status()).toBe(404);
			await expect(watched.page.locator('h1').textContent()).resolves.toBe('Page not found');
			const nav = watched.page.locator('nav[aria-label="Sections"] a');
			await expect(nav.count()).resolves.toBe(PAGES.length);
			const links = await nav.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
			expect(links).toEqual(PAGES);
			// Assets load at any depth (absolute paths), so the page is styled.
			const styled = await watched.page.evaluate(
				() => getComputedStyle(document.querySelector('.skip')!).position === 'absolute'
			);
			expect(styled).toBe(true);
			// Chromium logs the document's own 404; nothing else may fail.
			expect(watched.errors).toEqual([
				'Failed to load resource: the server responded with a status of 404 (Not Found)'
			]);
			expect(watched.offsite).toEqual([]);
		});
	}
);
