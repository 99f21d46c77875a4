import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elements } from '../lib/charts/svg.ts';
import { baseUrl, launch, openPage, PAGES, type Watched } from './browser.ts';
import { CHART_IDS, CHART_PAGES, chartsOwnedBy, PAGES_WITH_CHARTS } from './site.ts';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';

let browser: Browser;
let watched: Watched;
let page: Page;
beforeAll(async () => {
	browser = await launch();
	watched = await openPage(browser, { javaScriptEnabled: false });
	page = watched.page;
});
afterAll(async () => {
	await browser?.close();
	expect(watched?.errors).toEqual([]);
	expect(watched?.offsite).toEqual([]);
});

describe.each(PAGES)('%s with JavaScript off', (path) => {
	let ids: string[] = [];

	beforeAll(async () => {
		const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		ids = await page.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.id));
	});

	it('shows its charts, each with at least one mark', async () => {
		if (PAGES_WITH_CHARTS.includes(path)) expect(ids.length).toBeGreaterThan(0);
		expect(ids).toEqual(expect.arrayContaining(chartsOwnedBy(path)));
		for (const id of ids) {
			expect(CHART_IDS).toContain(id);
			const all = page.locator(`figure.chart#${id} svg[role="img"]`);
			await expect(all.count(), `${id}: a drawing per layout`).resolves.toBe(LAYOUT_WIDTHS.length);
			const svg = page.locator(`figure.chart#${id} svg[role="img"]:visible`);
			await expect(svg.count(), `${id}: one drawing shown`).resolves.toBe(1);
			expect(await svg.isVisible(), `${id}: svg visible`).toBe(true);
			const marks = await svg.locator('[data-mark]').count();
			expect(marks, `${id}: marks drawn`).toBeGreaterThan(0);
		}
	});

	it('stacks the chart, table, sources and download sections of every chart, each with a heading', async () => {
		for (const id of ids) {
			const figure = page.locator(`figure.chart#${id}`);
			expect(await figure.locator('[role="tablist"]').isVisible(), `${id}: no tabs`).toBe(false);
			const sections = await figure.locator('section.figure-panel').evaluateAll((all) =>
				all.map((s) => ({
					heading: s.querySelector('.panel-heading')?.textContent?.trim(),
					visible: (s as HTMLElement).checkVisibility(),
					top: s.getBoundingClientRect().top
				}))
			);
			expect(
				sections.map((s) => [s.heading, s.visible]),
				`${id}: sections`
			).toEqual([
				['Chart', true],
				['Table', true],
				['Sources', true],
				['Download', true]
			]);
			// One below the other, in order.
			const tops = sections.map((s) => s.top);
			expect(tops, `${id}: stacked`).toEqual([...tops].sort((a, b) => a - b));
			const table = figure.locator('.panel-table table');
			expect(await table.isVisible(), `${id}: table shown`).toBe(true);
			expect(await table.locator('tbody tr').count(), `${id}: table rows`).toBeGreaterThan(0);
			const sources = figure.locator('.panel-sources');
			expect(await sources.locator('.source').isVisible(), `${id}: source line`).toBe(true);
			expect(await sources.locator('a[href$="/cite/report.bib"]').count()).toBe(1);
		}
	});

	it('links CSV, SVG and PNG downloads that are served with the right type', async () => {
		const expected = { csv: 'text/csv', svg: 'image/svg+xml', png: 'image/png' } as const;
		for (const id of ids) {
			for (const [ext, type] of Object.entries(expected)) {
				const links = page.locator(`figure.chart#${id} a[href$=".${ext}"]`);
				await expect(links.count(), `${id}: ${ext} link`).resolves.toBe(1);
				const href = await links.getAttribute('href');
				expect(href).toBe(`/charts/${id}.${ext}`);
				const response = await page.request.get(new URL(href!, baseUrl()).href);
				expect(response.status(), `${href}`).toBe(200);
				const contentType = response.headers()['content-type'] ?? '';
				expect(contentType.split(';')[0]?.trim(), `${href}`).toBe(type);
				expect((await response.body()).length, `${href}`).toBeGreaterThan(0);
			}
		}
	});

	it('shows a visible permalink and the embed code of every chart', async () => {
		for (const id of ids) {
			const permalink = page.locator(`figure.chart#${id} a.permalink-link`);
			expect(await permalink.isVisible(), `${id}: permalink shown`).toBe(true);
			const target = new URL((await permalink.getAttribute('href')) as string, baseUrl());
			expect(target.hash, `${id}: permalink anchor`).toBe(`#${id}`);
			expect(target.pathname, `${id}: permalink page`).toBe(CHART_PAGES[id]);
			const embed = page.locator(`figure.chart#${id} details.embed-code`);
			await embed.locator('summary').click();
			const code = await embed.locator('textarea').inputValue();
			const frames = elements(code);
			expect(
				frames.map((e) => e.tag),
				`${id}: embed code`
			).toEqual(['iframe']);
			const src = new URL(frames[0]?.attrs.src ?? '', baseUrl());
			expect(src.pathname, `${id}: embed page`).toBe(`/embed/${id}/`);
			const response = await page.request.get(new URL(src.pathname, baseUrl()).href);
			expect(response.status(), `${id}: embed page served`).toBe(200);
		}
	});

	it('shows no button that needs JavaScript', async () => {
		await expect(page.getByRole('button', { name: 'Download PNG' }).count()).resolves.toBe(0);
		// Without JavaScript a button can only submit a form.
		const idle = await page
			.locator('button')
			.evaluateAll((buttons) =>
				buttons
					.filter(
						(b) => b.checkVisibility({ visibilityProperty: true }) && !(b as HTMLButtonElement).form
					)
					.map((b) => b.textContent?.trim())
			);
		expect(idle).toEqual([]);
	});
});
