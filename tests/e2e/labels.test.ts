import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthDatedEvents } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { langFor } from '../../src/lib/i18n/index.ts';
import { baseUrl, launch, openPage } from './browser.ts';

const { data } = loadPackageFrom(process.cwd());

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The words of one chart's SVG, with JavaScript off, and the titles of its marks by key. */
async function chartWords(path: string, id: string) {
	const { page, close } = await openPage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl()}${path}`);
	const svg = page.locator(`figure#${id} svg.chart-svg:visible`);
	const text = (await svg.locator('text').allTextContents()).join(' | ');
	const titles = await svg
		.locator('g[data-key]')
		.evaluateAll((gs) =>
			Object.fromEntries(
				gs.map((g) => [g.getAttribute('data-key'), g.querySelector(':scope > title')?.textContent])
			)
		);
	await close();
	return { text, titles };
}

describe('every mark says what it is', () => {
	it('names and dates every development of the timeline on the chart', async () => {
		const { text, titles } = await chartWords('/timeline/', 'events-by-theme');
		const dated = monthDatedEvents(data.events);
		expect(dated.length).toBeGreaterThan(0);
		for (const e of dated) {
			expect(text, e.id).toContain(e.label);
			expect(titles[e.id], e.id).toContain(e.label);
			expect(titles[e.id], e.id).toContain(e.section);
		}
	});

	it.each(['ru', 'kk'] as const)(
		'names and dates every development of the timeline in %s, with no English on the page',
		async (locale) => {
			const { m } = langFor(locale);
			const { text, titles } = await chartWords(`/${locale}/timeline/`, 'events-by-theme');
			for (const e of monthDatedEvents(data.events)) {
				const label = m.events.labels[e.id] ?? '';
				expect(label, e.id).not.toBe(e.label);
				expect(text, e.id).toContain(label);
				expect(titles[e.id], e.id).toContain(label);
				expect(titles[e.id], e.id).toContain(m.ui.sections[e.section]);
			}
			const { page, close } = await openPage(browser, { javaScriptEnabled: false });
			await page.goto(`${baseUrl()}/${locale}/timeline/`);
			const words = await page
				.locator('main h1, main p.lede, main .aside, main ol.timeline, figure#events-by-theme svg')
				.evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '));
			expect(words).toContain(m.events.summaries['almaty-safe-house-blast']);
			expect([...words.matchAll(/[A-Za-z]{4,}/g)].map((w) => w[0])).toEqual([]);
			await close();
		}
	);

	it('gives every incident its kind, its place or says the place is not named, and who died as far as the report says', async () => {
		const { text, titles } = await chartWords('/incidents/', 'deaths-per-incident');
		for (const incident of data.incidents) {
			const place = incident.place ?? 'place not named';
			const who =
				incident.killed_described === 'suspects'
					? 'the dead described as suspects'
					: 'who died: not stated';
			expect(text, incident.id).toContain(`: ${incident.kind} |`);
			expect(text, incident.id).toContain(`${place}; ${who}`);
			expect(titles[incident.id], incident.id).toContain(who);
			expect(titles[incident.id], incident.id).toContain(place);
			expect(titles[incident.id], incident.id).toContain(String(incident.killed));
		}
	});

	it.each([
		['/incidents/', 'deaths-per-incident'],
		['/sentences/', 'sentence-ranges'],
		['/sentences/', 'convicted-per-case'],
		['/websites/', 'websites'],
		['/timeline/', 'events-by-theme']
	])('%s: every mark of %s has a title and can take the focus', async (path, id) => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}${path}`);
		const marks = page.locator(`figure#${id} svg.chart-svg:visible g[data-key]`);
		expect(await marks.count()).toBeGreaterThan(0);
		const missing = await marks.evaluateAll((gs) =>
			gs
				.filter(
					(g) =>
						!g.querySelector(':scope > title')?.textContent?.trim() ||
						g.getAttribute('tabindex') !== '0'
				)
				.map((g) => g.getAttribute('data-key'))
		);
		expect(missing).toEqual([]);
		await close();
	});
});
