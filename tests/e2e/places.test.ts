import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';
import { placeMapPath } from '../../src/lib/charts/places/links.ts';
import { langFor } from '../../src/lib/i18n/index.ts';
import { localePath, LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { pngSize, svgSize } from '../lib/png.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';

const { data } = loadPackageFrom(process.cwd());
/** The credits each edition writes: GeoNames with its licence, then Natural Earth's status in the edition's words. */
const CREDITS: Record<Locale, string[]> = {
	en: ['GeoNames (CC BY 4.0)', 'Natural Earth (public domain)'],
	ru: ['GeoNames (CC BY 4.0)', 'Natural Earth (общественное достояние)'],
	kk: ['GeoNames (CC BY 4.0)', 'Natural Earth (қоғамдық игілік)']
};
/** Latin words a Russian or Kazakh page of the maps may show: the sources' own names. */
const LATIN_ALLOWED = ['GeoNames', 'Natural', 'Earth'];
const latinWords = (text: string) =>
	(text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !LATIN_ALLOWED.includes(w));

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

describe.each([...LOCALES])('the %s places page with JavaScript off', (locale) => {
	const path = localePath(locale, '/places/');
	beforeAll(async () => {
		await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
	});

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
			const url = new URL(href, `${baseUrl()}${path}`);
			expect(url.pathname.startsWith(localePath(locale, '/')), href).toBe(true);
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
		for (const credit of CREDITS[locale]) expect(places).toContain(credit);
		expect(await page.locator('#cooperation-map .chart-credit').innerText()).toContain(
			CREDITS[locale][1]
		);
	});

	it('names every place in the edition’s words, beside the map and on it', async () => {
		const names = langFor(locale).m.names.places;
		const list = await page.locator('.place-list').innerText();
		for (const place of data.places) {
			const name = names[place.id] as string;
			expect(list.toLowerCase(), place.id).toContain(name.toLowerCase());
		}
	});

	if (locale !== 'en')
		it('shows no English word in the maps and the list', async () => {
			const texts = await page
				.locator(
					'main h1, main .lede, #places-map, #cooperation-map, main h2:not(.panel-heading), .place-list'
				)
				.evaluateAll((nodes) =>
					nodes.map((n) => {
						const copy = n.cloneNode(true) as Element;
						// The figure's own controls and hints (tabs, downloads, the table's hint) are the figure's, not the maps'.
						copy
							.querySelectorAll(
								'.panel-heading, [role="tablist"], .panel-download, .panel-sources, .cite-links, .scroll-hint'
							)
							.forEach((c) => c.remove());
						return copy.textContent ?? '';
					})
				);
			expect(texts.length).toBeGreaterThan(4);
			expect([...new Set(texts.flatMap(latinWords))]).toEqual([]);
		});

	it('lists every place with an anchor that other pages link to', async () => {
		for (const place of data.places) {
			const path = placeMapPath(place.id);
			await expect(page.locator(path.slice(path.indexOf('#'))).count()).resolves.toBe(1);
		}
	});
});

describe.each(
	LOCALES.flatMap((locale) => ['places-map', 'cooperation-map'].map((id) => [locale, id] as const))
)('the %s %s exports', (locale, id) => {
	it('carry the credits in the SVG, and the PNG is that SVG at twice its size', async () => {
		const files = `${baseUrl()}${localePath(locale, `/charts/${id}`)}`;
		const svg = await (await fetch(`${files}.svg`)).text();
		const wanted = id === 'places-map' ? CREDITS[locale] : CREDITS[locale].slice(1);
		for (const credit of wanted) expect(svg).toContain(credit);
		const png = Buffer.from(await (await fetch(`${files}.png`)).arrayBuffer());
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

	it.each([...LOCALES])(
		'the %s home page shows the small map, linked to the places page, with its credits',
		async (locale) => {
			await page.goto(`${baseUrl()}${localePath(locale, '/')}`, { waitUntil: 'load' });
			const locator = page.locator('figure.locator');
			// The home page (another area) links its map to the places page; the edition prefix is its own.
			const link = 'a[href$="/places/"] svg[role="img"]';
			expect(await locator.locator(link).count()).toBe(1);
			const caption = await locator.locator('figcaption').innerText();
			for (const credit of CREDITS[locale]) expect(caption).toContain(credit);
			const desc = await locator.locator('svg > desc').textContent();
			if (locale !== 'en') expect(latinWords(desc ?? '')).toEqual([]);
			const box = await locator.locator('svg').boundingBox();
			// Drawn at its own width, never scaled, so its names stay at 12 px and more.
			expect(box?.width).toBeCloseTo(240, 0);
		}
	);
});
