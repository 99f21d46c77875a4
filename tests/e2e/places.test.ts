import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';
import { placeMapPath } from '../../src/lib/charts/places/links.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { pngSize, svgSize } from '../lib/png.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';

const { data } = loadPackageFrom(process.cwd());
const CREDITS = ['GeoNames (CC BY 4.0)', 'Natural Earth (public domain)'];

let browser: Browser;
let watched: Watched;
let page: Page;
beforeAll(async () => {
	browser = await launch();
	watched = await openPage(browser, { javaScriptEnabled: false });
	page = watched.page;
	await page.goto(`${baseUrl()}/places/`, { waitUntil: 'load' });
});
afterAll(async () => {
	await browser?.close();
	expect(watched?.errors).toEqual([]);
	expect(watched?.offsite).toEqual([]);
});

describe('/places/ with JavaScript off', () => {
	it.each(data.places.map((p) => p.id))(
		'draws %s as a titled mark in every layout of the map',
		async (id) => {
			const titles = await page
				.locator(`#places-map svg.chart-svg [data-key="${id}"] > title`)
				.allTextContents();
			expect(titles).toHaveLength(LAYOUT_WIDTHS.length);
			for (const title of titles) expect(title.trim().length).toBeGreaterThan(10);
		}
	);

	it('links each place, beside the map, to a chart that is on the page it names', async () => {
		const hrefs = await page
			.locator('.place-list li a:not([href^="http"])')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBe(data.places.filter((p) => p.kind !== 'region').length);
		for (const href of new Set(hrefs)) {
			const url = new URL(href, `${baseUrl()}/places/`);
			const html = await (await fetch(url.href.replace(/#.*$/, ''))).text();
			expect(html, href).toContain(`id="${url.hash.slice(1)}"`);
		}
	});

	it('highlights on the cooperation map the countries of participants.csv, by code', async () => {
		const drawn = await page
			.locator('#cooperation-map svg.chart-svg[data-width="600"] [data-key]')
			.evaluateAll((panels) =>
				panels.map((g) => ({
					id: g.getAttribute('data-key'),
					codes: [...g.querySelectorAll('[data-code]')].map((c) => c.getAttribute('data-code'))
				}))
			);
		const expected = [...new Set(data.participants.map((p) => p.event_id))].map((id) => ({
			id,
			codes: data.participants.filter((p) => p.event_id === id).map((p) => p.country_code)
		}));
		expect(
			drawn
				.map((d) => ({ ...d, codes: [...d.codes].sort() }))
				.sort((a, b) => String(a.id).localeCompare(String(b.id)))
		).toEqual(
			expected
				.map((d) => ({ ...d, codes: [...d.codes].sort() }))
				.sort((a, b) => a.id.localeCompare(b.id))
		);
	});

	it('credits GeoNames and Natural Earth under the places map, and Natural Earth under the other', async () => {
		const places = await page.locator('#places-map .chart-credit').innerText();
		for (const credit of CREDITS) expect(places).toContain(credit);
		expect(await page.locator('#cooperation-map .chart-credit').innerText()).toContain(CREDITS[1]);
	});

	it('lists every place with an anchor that other pages link to', async () => {
		for (const place of data.places) {
			const path = placeMapPath(place.id);
			await expect(page.locator(path.slice(path.indexOf('#'))).count()).resolves.toBe(1);
		}
	});
});

describe.each(['places-map', 'cooperation-map'])('the %s exports', (id) => {
	it('carry the credits in the SVG, and the PNG is that SVG at twice its size', async () => {
		const svg = await (await fetch(`${baseUrl()}/charts/${id}.svg`)).text();
		const wanted = id === 'places-map' ? CREDITS : CREDITS.slice(1);
		for (const credit of wanted) expect(svg).toContain(credit);
		const png = Buffer.from(await (await fetch(`${baseUrl()}/charts/${id}.png`)).arrayBuffer());
		const size = svgSize(svg);
		expect(pngSize(png)).toEqual({ width: size.width * 2, height: size.height * 2 });
	});
});

describe('the map links of other pages', () => {
	it('the incident page links each named place to it', async () => {
		await page.goto(`${baseUrl()}/incidents/`, { waitUntil: 'load' });
		for (const incident of data.incidents.filter((d) => d.place_id !== null)) {
			const link = page.locator(
				`#incident-${incident.id} a[href$="${placeMapPath(incident.place_id as string)}"]`
			);
			await expect(link.count()).resolves.toBe(1);
		}
	});

	it('the home page shows the small map, linked to the places page, with its credits', async () => {
		await page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
		const locator = page.locator('figure.locator');
		expect(await locator.locator('a[href$="/places/"] svg[role="img"]').count()).toBe(1);
		const caption = await locator.locator('figcaption').innerText();
		for (const credit of CREDITS) expect(caption).toContain(credit);
		const box = await locator.locator('svg').boundingBox();
		// Drawn at its own width, never scaled, so its names stay at 12 px and more.
		expect(box?.width).toBeCloseTo(240, 0);
	});
});
