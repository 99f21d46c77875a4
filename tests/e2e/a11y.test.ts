import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, EDITION_PAGES, launch, openPage, PAGES, type Watched } from './browser.ts';
import { enhanced } from './site.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeResult {
	violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
	let watched: Watched;
	beforeAll(async () => {
		// Under the pages' own CSP: axe is evaluated through the debugging protocol, not a script tag.
		watched = await openPage(browser, { colorScheme });
	});
	afterAll(async () => {
		await watched?.close();
	});

	// Every edition in light mode; dark mode changes colours only, which the three editions share.
	it.each(colorScheme === 'light' ? EDITION_PAGES : PAGES)('%s has no violation', async (path) => {
		const { page, errors } = watched;
		errors.length = 0;
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await enhanced(page);
		// Open every disclosure (codebooks, previews, embed code) so that their contents are checked too.
		await page
			.locator('details')
			.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
		await page.evaluate(AXE);
		const result = await page.evaluate(() =>
			(window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe.run({
				resultTypes: ['violations']
			})
		);
		const found = result.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(found).toEqual([]);
		expect(errors).toEqual([]);
	});
});

/** What the Tab key should reach, in DOM order: visible, enabled, not taken out of the order. */
async function tabStops(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button, summary, input, select, textarea, [tabindex]';
		const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(el) =>
				el.tabIndex >= 0 &&
				!(el as HTMLButtonElement).disabled &&
				el.checkVisibility({ visibilityProperty: true })
		);
		(window as unknown as { __stops: HTMLElement[] }).__stops = stops;
		return stops.map(
			(el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`
		);
	});
}

/** Index in the expected order of the focused element, and whether its focus is drawn. */
async function focused(page: Page): Promise<{ index: number; label: string; indicator: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const stops = (window as unknown as { __stops: HTMLElement[] }).__stops;
		if (!el || el === document.body) return { index: -1, label: 'body', indicator: false };
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		return {
			index: stops.indexOf(el),
			label: `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`,
			indicator: outline || shadow
		};
	});
}

describe.each(['/', '/sentences/'])('keyboard on %s', (path) => {
	let page: Page;
	let close: () => Promise<void>;
	let errors: string[];

	beforeAll(async () => {
		({ page, close, errors } = await openPage(browser));
	});
	afterAll(async () => {
		await close?.();
	});

	it('reaches every link, button and summary in DOM order, each with a visible focus indicator', async () => {
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await enhanced(page);
		const expected = await tabStops(page);
		expect(expected.length).toBeGreaterThan(10);
		const reached: string[] = [];
		const unmarked: string[] = [];
		for (let i = 0; i < expected.length; i++) {
			await page.keyboard.press('Tab');
			const now = await focused(page);
			reached.push(now.index === i ? (expected[i] ?? '') : `${now.label} (#${now.index})`);
			if (!now.indicator) unmarked.push(now.label);
		}
		expect(reached).toEqual(expected);
		expect(unmarked, 'focused without a visible outline or box-shadow').toEqual([]);
		expect(errors).toEqual([]);
	});

	it('has the skip link as the first tab stop, and it moves focus to main', async () => {
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await enhanced(page);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const el = document.activeElement as HTMLAnchorElement;
			const box = el.getBoundingClientRect();
			return {
				text: el.textContent?.trim(),
				href: el.getAttribute('href'),
				onScreen: box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0
			};
		});
		expect(skip).toEqual({ text: 'Skip to content', href: '#main', onScreen: true });
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'main', null, {
			timeout: 2000
		});
		// The next Tab continues inside main, past the header's links.
		await page.keyboard.press('Tab');
		const inMain = await page.evaluate(
			() => document.querySelector('main')?.contains(document.activeElement) ?? false
		);
		expect(inMain).toBe(true);
		expect(errors).toEqual([]);
	});
});
