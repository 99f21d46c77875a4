import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casesByVerdict, viewCase } from '../../src/lib/charts/sentences/spec.ts';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';
import { detailedCases } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { citySlug, SORT_SLUGS, viewPages } from '../../src/lib/sentences/pages.ts';
import { SORTS, sortCases } from '../../src/lib/sentences/state.ts';
import { langFor } from '../../src/lib/i18n/index.ts';
import { elements, svgs, texts, unbalancedTags } from '../lib/charts/svg.ts';
import { baseUrl, launch, openPage } from './browser.ts';
import { showPanel } from './site.ts';

const { data: raw } = loadPackageFrom(process.cwd());
// The page compares the cases with a number of people and a city, in the order of their verdicts.
const cases = casesByVerdict(detailedCases(raw.convictions)).map((c) => viewCase(c, langFor('en')));
const SORT_LABELS = langFor('en').m.sentences.sorts;
const ids = cases.map((c) => c.id);
const cityOf = (id: string) => cases.find((c) => c.id === id)?.city ?? '';
const pages = viewPages(cases);
const bars = '#sentence-ranges svg.chart-svg:visible g[data-key]';

/** The path a reader expects for a selection and an order, written out from the cities. */
function expectedPath(chosen: readonly string[], sort: (typeof SORTS)[number]): string {
	if (chosen.length === ids.length && sort === 'verdict') return '/sentences/';
	const selection = chosen
		.map((id) => cityOf(id).toLowerCase())
		.sort()
		.join('-');
	return `/sentences/${selection}/${sort === 'verdict' ? '' : `${SORT_SLUGS[sort]}/`}`;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** The cases the comparison draws, in order; every layout of it must draw the same. */
async function shownIds(page: Page): Promise<string[]> {
	const perLayout = await page
		.locator('#sentence-ranges svg.chart-svg')
		.evaluateAll((svgs) =>
			svgs.map((s) =>
				[...s.querySelectorAll('g[data-key]')].map((g) => g.getAttribute('data-key')).join(',')
			)
		);
	expect(perLayout).toHaveLength(LAYOUT_WIDTHS.length);
	expect(new Set(perLayout).size, `every layout draws the same cases: ${perLayout}`).toBe(1);
	return (perLayout[0] ?? '').split(',').filter(Boolean);
}

/** Latin words of four letters or more a Russian or Kazakh page may show: names with no Cyrillic form. */
const LATIN_ALLOWED = new Set(['JavaScript', 'cases', 'CSV', 'PNG', 'SVG', 'JSON', 'CRT']);

/** What the Russian and Kazakh views must say, spelled out here: control verbs, a city and its title. */
const EDITIONS = [
	{ locale: 'ru', hide: 'Скрыть', show: 'Показать', uralsk: 'Уральск', title: 'Сравнение сроков' },
	{ locale: 'kk', hide: 'Жасыру:', show: 'Көрсету:', uralsk: 'Орал', title: 'салыстыру' }
] as const;

describe.each(EDITIONS)('the comparison in $locale', ({ locale, hide, show, uralsk, title }) => {
	const sample = pages.filter((p) => p.param === '' || p.sort === 'max' || p.cases.length === 1);
	it.each(sample.map((p) => ({ path: p.path, cases: p.cases })))(
		'$path shows its words in the edition, with controls that stay in it',
		async ({ path, cases: chosen }) => {
			const { page, errors, close } = await openPage(browser, { javaScriptEnabled: false });
			const response = await page.goto(`${baseUrl()}/${locale}${path}`);
			expect(response?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe(locale);
			// Every control that leads to a view leads to a view of this edition, at the same slugs.
			const hrefs = await page
				.locator('nav.controls a[href]:not([href^="#"])')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs)
				expect(href).toMatch(new RegExp(`/${locale}/sentences/([a-z-]+/)*$`));
			const uralskShown = chosen.includes('uralsk-terrorist-financing');
			const control = await page.locator('#control-case-uralsk').textContent();
			expect(control).toContain(
				chosen.length === 1 && uralskShown ? uralsk : uralskShown ? hide : show
			);
			expect(control).toContain(uralsk);
			if (path !== '/sentences/') {
				expect(await page.title()).toContain(title);
				if (uralskShown) expect(await page.title()).toContain(uralsk);
			}
			// No English word in what this area writes: heading, controls, the comparison in words and the chart.
			const text = (
				await page
					.locator('h1, p.lede, nav.controls, aside.in-words, #sentence-ranges svg')
					.evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '))
			).replace(/https?:\S+/g, '');
			const latin = [...text.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]);
			expect(latin.filter((w) => !LATIN_ALLOWED.has(w))).toEqual([]);
			expect(errors).toEqual([]);
			await close();
		}
	);
});

describe('every view of the sentence comparison is a page', () => {
	it('has a page for each selection of cases in each order, at the path its cities make', () => {
		expect(pages).toHaveLength((2 ** ids.length - 1) * SORTS.length);
		for (const page of pages) expect(page.path).toBe(expectedPath(page.cases, page.sort));
		const built = readdirSync('build/sentences', { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('index.html'));
		expect(built).toHaveLength(pages.length);
	});

	it.each(pages.map((p) => ({ path: p.path, cases: p.cases, sort: p.sort })))(
		'$path shows exactly its cases in its order with JavaScript off, with controls that lead to the views they name',
		async ({ path, cases: chosen, sort }) => {
			const { page, errors, close } = await openPage(browser, { javaScriptEnabled: false });
			const response = await page.goto(`${baseUrl()}${path}`);
			expect(response?.status()).toBe(200);
			const expected = sortCases(
				cases.filter((c) => chosen.includes(c.id)),
				sort
			).map((c) => c.id);
			expect(await shownIds(page)).toEqual(expected);
			expect(await page.locator(`${bars}`).count()).toBe(expected.length);
			// The table and the comparison in words speak of the same cases.
			expect(await page.locator('#sentence-ranges .panel-table tbody tr').count()).toBe(
				expected.length
			);
			const words = (await page.locator('.in-words ul').textContent()) ?? '';
			for (const c of cases) expect(words.includes(c.city)).toBe(chosen.includes(c.id));

			// Each case's control shows or hides it, in the same order; the last case left has none.
			for (const c of cases) {
				const control = page.locator(`#control-case-${citySlug(c.city)}`);
				const shown = chosen.includes(c.id);
				const next = shown ? chosen.filter((id) => id !== c.id) : [...chosen, c.id];
				if (next.length === 0) {
					expect(await control.evaluate((el) => el.localName)).toBe('span');
					expect(await control.textContent()).toContain(`Only ${c.city}`);
					continue;
				}
				expect(await control.textContent()).toContain(`${shown ? 'Hide' : 'Show'} ${c.city}`);
				expect(await control.getAttribute('href')).toBe(expectedPath(next, sort));
			}
			for (const other of SORTS) {
				const control = page.locator(`#control-sort-${other}`);
				expect((await control.textContent())?.trim()).toBe(SORT_LABELS[other]);
				expect(await control.getAttribute('href')).toBe(expectedPath(chosen, other));
				expect(await control.getAttribute('aria-current')).toBe(other === sort ? 'page' : null);
			}
			// The page's own title, address and card.
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical ?? '').pathname).toBe(path);
			const title = await page.title();
			if (path !== '/sentences/') for (const id of chosen) expect(title).toContain(cityOf(id));
			expect(errors).toEqual([]);
			await close();
		}
	);

	it.each(pages.filter((p) => p.param !== '').map((p) => p.path))(
		'%s shares a 1200×630 card of its own, drawn for its cases',
		async (path) => {
			const { page, close } = await openPage(browser, { javaScriptEnabled: false });
			await page.goto(`${baseUrl()}${path}`);
			const image = new URL(
				(await page.locator('meta[property="og:image"]').getAttribute('content')) ?? ''
			);
			const defaultCard = readFileSync('build/cards/sentences.png');
			const card = readFileSync(join('build', image.pathname));
			expect(card.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
			expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
			expect(card.equals(defaultCard)).toBe(false);
			await close();
		}
	);

	it.each([360, 1280])(
		'keeps the controls in the same place on every view, at %i px',
		async (width) => {
			const { page, close } = await openPage(browser, {
				javaScriptEnabled: false,
				viewport: { width, height: 800 }
			});
			const places = new Map<string, string>();
			for (const { path } of pages) {
				await page.goto(`${baseUrl()}${path}`);
				const tops = await page
					.locator('.controls [id^="control-"]')
					.evaluateAll((els) =>
						els.map((el) => `${el.id}@${Math.round(el.getBoundingClientRect().top)}`)
					);
				places.set(path, tops.join(' '));
			}
			expect(new Set(places.values()).size, [...places].join('\n')).toBe(1);
			await close();
		}
	);

	it('moves between views in place where scripts run, keeping the focus on the control used', async () => {
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/sentences/`);
		const [first, second] = cases as [(typeof cases)[0], (typeof cases)[0]];
		const control = `#control-case-${citySlug(first.city)}`;
		await page.locator(control).focus();
		// A marker on the window stays only if the page is not loaded anew.
		await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
		await page.keyboard.press('Enter');
		const without = ids.filter((id) => id !== first.id);
		await page.waitForURL(`**${expectedPath(without, 'verdict')}`);
		await expect.poll(() => shownIds(page)).toEqual(without);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(control.slice(1));
		expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
		expect(await page.title()).toContain(second.city);
		expect(
			new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname
		).toBe(expectedPath(without, 'verdict'));
		// An order chosen with the keyboard, then the browser's back button.
		await page.locator('#control-sort-convicted').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${expectedPath(without, 'convicted')}`);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('control-sort-convicted');
		expect(await page.locator('#control-sort-convicted').getAttribute('aria-current')).toBe('page');
		await page.goBack();
		await page.waitForURL(`**${expectedPath(without, 'verdict')}`);
		await expect.poll(() => shownIds(page)).toEqual(without);
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the sections the reader had open when the view changes', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/sentences/`);
		// The chart of people convicted beside the comparison, on its Table tab.
		await page.locator('#convicted-per-case-tab-table').click();
		await page.locator(`#control-case-${citySlug(cases[0]?.city ?? '')}`).click();
		await page.waitForURL(/\/sentences\/[a-z-]+\/$/);
		await expect.poll(() => shownIds(page)).toHaveLength(ids.length - 1);
		expect(await page.locator('#convicted-per-case-panel-table').isVisible()).toBe(true);
		expect(await page.locator('#convicted-per-case-panel-chart').isVisible()).toBe(false);
		expect(await page.locator('#sentence-ranges-panel-chart').isVisible()).toBe(true);
		await close();
	});
});

describe('a case’s details', () => {
	it.each([true, false])(
		'show for its fragment, its row stands out, with JavaScript %s',
		async (javaScriptEnabled) => {
			const target = cases[1] as (typeof cases)[0];
			const { page, close } = await openPage(browser, { javaScriptEnabled });
			await page.goto(`${baseUrl()}/sentences/#case-${citySlug(target.city)}`);
			const visible = page.locator('.case-detail:visible');
			expect(await visible.count()).toBe(1);
			expect(await visible.locator('h3').textContent()).toContain(target.city);
			expect(await page.locator('.detail-hint').isVisible()).toBe(false);
			// The case's place, on the map of the report's places.
			const where = visible.locator('a', { hasText: 'on the map' });
			expect(await where.getAttribute('href')).toBe(`/places/#place-${target.place_id}`);
			const opacity = await page
				.locator(bars)
				.evaluateAll((gs) =>
					gs.map((g) => [g.getAttribute('data-key'), getComputedStyle(g).opacity])
				);
			for (const [id, value] of opacity) expect(value === '1').toBe(id === target.id);
			// A link under "Details of" leads to another case's details.
			const other = cases[0] as (typeof cases)[0];
			await page.locator('.controls a', { hasText: other.city }).last().click();
			await expect.poll(() => visible.locator('h3').textContent()).toContain(other.city);
			await close();
		}
	);

	it('show for the row under the pointer, then for the fragment’s case again', async () => {
		const [highlighted, pointed] = cases as [(typeof cases)[0], (typeof cases)[0]];
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/sentences/#case-${citySlug(highlighted.city)}`);
		const heading = page.locator('.case-detail:visible h3');
		await expect.poll(() => heading.textContent()).toContain(highlighted.city);
		await page.locator(`${bars}[data-key="${pointed.id}"] text.label`).hover();
		await expect.poll(() => heading.textContent()).toContain(pointed.city);
		await page.mouse.move(0, 0);
		await expect.poll(() => heading.textContent()).toContain(highlighted.city);
		await close();
	});

	it('show when its row is focused, with its values beside it, and come into view when tapped on a phone', async () => {
		const { page, close } = await openPage(browser, {
			viewport: { width: 360, height: 640 },
			hasTouch: true
		});
		await page.goto(`${baseUrl()}/sentences/`);
		const target = cases[1] as (typeof cases)[0];
		const row = page.locator(`${bars}[data-key="${target.id}"]`);
		await row.focus();
		await page.locator('.mark-tip').waitFor({ state: 'visible' });
		await expect(page.locator('.mark-tip').textContent()).resolves.toContain(target.city);
		await expect(page.locator('.case-detail:visible h3').textContent()).resolves.toContain(
			target.city
		);
		await page.evaluate(() => window.scrollTo(0, 0));
		await row.tap();
		await page.waitForFunction(() => {
			const box = document.querySelector('.case-detail:target')?.getBoundingClientRect();
			return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
		});
		await close();
	});
});

describe('a view’s files', () => {
	it('names its downloads after the view, and they hold only the cases shown', async () => {
		const only = cases[0] as (typeof cases)[0];
		const { page, close } = await openPage(browser, { acceptDownloads: true });
		await page.goto(`${baseUrl()}${expectedPath([only.id], 'verdict')}`);
		await showPanel(page, 'sentence-ranges', 'download');
		const slug = only.city.toLowerCase();
		const download = async (format: string) => {
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('#sentence-ranges a', { hasText: `Download ${format}` }).click()
			]);
			expect(file.suggestedFilename()).toBe(`sentence-ranges-${slug}.${format.toLowerCase()}`);
			return readFileSync((await file.path()) as string);
		};
		const svg = (await download('SVG')).toString('utf8');
		expect(unbalancedTags(svg)).toEqual([]);
		const shown = texts(svg).join(' ');
		expect(shown).toContain('Source:');
		expect(shown).toContain('refworld.org');
		const keyed = elements(svg).filter((e) => e.attrs['data-key'] !== undefined);
		expect(keyed.map((e) => e.attrs['data-key'])).toEqual([only.id]);
		const others = cases.filter((c) => c.id !== only.id);
		for (const other of others) expect(svg).not.toContain(other.city);
		const notes = await page.locator('#sentence-ranges .notes').textContent();
		for (const other of others) expect(notes).not.toContain(other.city);
		const csv = csvParse((await download('CSV')).toString('utf8'));
		expect(csv.map((r) => r.id)).toEqual([only.id]);
		const [root] = svgs(svg);
		const png = await download('PNG');
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(png.readUInt32BE(16)).toBe(Number(root?.attrs.width) * 2);
		await close();
	});

	it('gives embed code whose page shows the same cases in the same order', async () => {
		const chosen = [ids[1], ids[2]] as string[];
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}${expectedPath(chosen, 'max')}`);
		const drawn = await shownIds(page);
		expect([...drawn].sort()).toEqual([...chosen].sort());
		const code = await page.locator('#sentence-ranges details.embed-code textarea').inputValue();
		const src = new URL(elements(code)[0]?.attrs.src ?? '');
		expect(src.pathname).toMatch(/^\/embed\/sentence-ranges-[a-z-]+\/$/);
		await page.goto(`${baseUrl()}${src.pathname}`);
		const embedded = await page
			.locator('svg.chart-svg:visible g[data-key]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		expect(embedded).toEqual(drawn);
		await close();
	});

	it('links the CSV of the default view, with every case, without JavaScript', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}/sentences/`);
		const href = await page
			.locator('#sentence-ranges a', { hasText: 'Download CSV' })
			.getAttribute('href');
		const csv = await (await fetch(new URL(href as string, baseUrl()))).text();
		expect(
			csvParse(csv)
				.map((r) => r.id)
				.sort()
		).toEqual([...ids].sort());
		await close();
	});
});

describe('embeddable charts', () => {
	const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
	const charts = [
		'deaths-per-incident',
		'sentence-ranges',
		'convicted-per-case',
		'websites',
		'events-by-theme'
	];

	it.each(charts)(
		'/embed/%s/ renders without JavaScript, with its source, and passes axe',
		async (id) => {
			const { page, errors, offsite, close } = await openPage(browser, {
				javaScriptEnabled: false
			});
			const response = await page.goto(`${baseUrl()}/embed/${id}/`);
			expect(response?.status()).toBe(200);
			expect(await page.locator('svg[role="img"] [data-mark]').count()).toBeGreaterThan(0);
			await expect(page.locator('.source').textContent()).resolves.toContain('Source');
			await close();
			// axe runs as a script, so it needs a page with JavaScript on.
			const js = await openPage(browser, { bypassCSP: true });
			await js.page.goto(`${baseUrl()}/embed/${id}/`);
			await js.page.addScriptTag({ content: axe });
			const violations = await js.page.evaluate(async () => {
				const result = await (
					window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }
				).axe.run();
				return result.violations.map((v) => v.id);
			});
			expect(violations).toEqual([]);
			expect([...errors, ...js.errors]).toEqual([]);
			expect([...offsite, ...js.offsite]).toEqual([]);
			await js.close();
		}
	);

	it('offers the iframe code with lazy loading and a title', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/websites/`);
		await showPanel(page, 'websites', 'download');
		await page.locator('#websites details.embed-code summary').click();
		const code = await page.locator('#websites details.embed-code textarea').inputValue();
		expect(unbalancedTags(code)).toEqual([]);
		const frames = elements(code);
		expect(frames.map((e) => e.tag)).toEqual(['iframe']);
		const iframe = frames[0]?.attrs ?? {};
		expect(iframe.loading).toBe('lazy');
		const title = (await page.locator('#websites-heading').textContent())?.trim();
		expect(iframe.title).toBe(title);
		expect(new URL(iframe.src ?? '', baseUrl()).pathname).toMatch(/\/embed\/websites\/$/);
		// The height given fits the whole embed page at 600 px wide, so the frame does not scroll.
		const height = Number(iframe.height);
		expect(height).toBeGreaterThan(0);
		const embed = await openPage(browser, { viewport: { width: 600, height: 400 } });
		await embed.page.goto(`${baseUrl()}/embed/websites/`);
		const needed = await embed.page.evaluate(() => document.documentElement.scrollHeight);
		expect(needed).toBeLessThanOrEqual(height);
		await embed.close();
		await close();
	});
});
