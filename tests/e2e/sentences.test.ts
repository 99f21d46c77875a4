import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailedCases } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { elements, svgs, texts, unbalancedTags } from '../lib/charts/svg.ts';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';
import { baseUrl, launch, openPage } from './browser.ts';
import { hydrated, showPanel } from './site.ts';

const { data: raw } = loadPackageFrom(process.cwd());
// The page compares the cases with a number of people and a city.
const data = { convictions: detailedCases(raw.convictions) };
const ids = data.convictions.map((c) => c.id);
const bars = '#sentence-ranges svg.chart-svg:visible g[data-key]';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(query = '', options = {}) {
	const watched = await openPage(browser, { acceptDownloads: true, ...options });
	await watched.page.goto(`${baseUrl()}/sentences/${query}`);
	await hydrated(watched.page);
	await watched.page.locator('form.controls').waitFor();
	return watched;
}

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
const query = (page: Page) => new URL(page.url()).searchParams;

describe('the sentence comparison', () => {
	it('updates the URL when cases and order change, and a reload reproduces the view', async () => {
		const { page, errors, close } = await open();
		expect(await shownIds(page)).toHaveLength(ids.length);
		const dropped = ids[0] as string;
		await page.locator(`input[name="cases"][value="${dropped}"]`).uncheck();
		await page.waitForURL(/cases=/);
		await page.locator('select[name="sort"]').selectOption('convicted');
		await page.waitForURL(/sort=convicted/);
		const kept = ids.filter((id) => id !== dropped);
		expect(query(page).get('cases')?.split(',')).toEqual(kept);
		// Most people convicted first, from the data.
		const expected = data.convictions
			.filter((c) => kept.includes(c.id))
			.sort((a, b) => b.convicted - a.convicted || a.id.localeCompare(b.id))
			.map((c) => c.id);
		expect(await shownIds(page)).toEqual(expected);

		// A case put back is drawn again, as SVG (an element made outside the SVG namespace has no box).
		await page.locator(`input[name="cases"][value="${dropped}"]`).check();
		await page.waitForURL((u) => !u.search.includes('cases='));
		const bar = page.locator(`${bars}[data-key="${dropped}"] text.label`);
		expect((await bar.boundingBox())?.width ?? 0).toBeGreaterThan(0);
		await page.goBack();
		await page.waitForURL(/cases=/);

		await page.locator('select[name="highlight"]').selectOption(expected[0] as string);
		await page.waitForURL(/highlight=/);
		const url = page.url();
		await page.reload();
		await hydrated(page);
		await page.locator('form.controls').waitFor();
		expect(page.url()).toBe(url);
		expect(await shownIds(page)).toEqual(expected);
		await expect(page.locator(`${bars}.highlight`).getAttribute('data-key')).resolves.toBe(
			expected[0]
		);
		expect(await page.locator(`${bars}.dimmed`).count()).toBe(expected.length - 1);
		expect(errors).toEqual([]);
		await close();
	});

	it('follows the browser’s back and forward buttons', async () => {
		const { page, close } = await open();
		await page.locator('select[name="sort"]').selectOption('max');
		await page.waitForURL(/sort=max/);
		const sorted = await shownIds(page);
		await page.goBack();
		await page.waitForURL((u) => !u.search.includes('sort='));
		expect(await shownIds(page)).toEqual(
			ids
				.filter((id) => sorted.includes(id))
				.sort((a, b) => {
					const ca = data.convictions.find((c) => c.id === a);
					const cb = data.convictions.find((c) => c.id === b);
					return (
						(ca?.verdict_month ?? '').localeCompare(cb?.verdict_month ?? '') || a.localeCompare(b)
					);
				})
		);
		await page.goForward();
		await page.waitForURL(/sort=max/);
		expect(await shownIds(page)).toEqual(sorted);
		await close();
	});

	it('works with the keyboard alone', async () => {
		const { page, close } = await open();
		const checkbox = page.locator(`input[name="cases"][value="${ids[1]}"]`);
		await checkbox.focus();
		await page.keyboard.press('Space');
		await page.waitForURL(/cases=/);
		expect(await shownIds(page)).not.toContain(ids[1]);
		// The sort menu is reached with Tab from the case list.
		const names: (string | null | undefined)[] = [];
		for (let i = 0; i < 5 && names.at(-1) !== 'sort'; i++) {
			await page.keyboard.press('Tab');
			names.push(await page.evaluate(() => document.activeElement?.getAttribute('name')));
		}
		expect(names.at(-1)).toBe('sort');
		await page.keyboard.press('ArrowDown');
		await page.waitForURL(/sort=min/);
		// Focusing a case shows its details in words.
		await page.locator(`input[name="cases"][value="${ids[0]}"]`).focus();
		const city = data.convictions.find((c) => c.id === ids[0])?.city as string;
		await expect(page.locator('.case-detail h3').textContent()).resolves.toContain(city);
		await close();
	});

	it('shows the details of the case under the pointer, then of the highlighted case again', async () => {
		const [highlighted, pointed] = [ids[0], ids[1]] as [string, string];
		const city = (id: string) => data.convictions.find((c) => c.id === id)?.city as string;
		const { page, close } = await open(`?highlight=${highlighted}`);
		const heading = page.locator('.case-detail h3');
		await expect.poll(() => heading.textContent()).toContain(city(highlighted));
		await page.locator(`${bars}[data-key="${pointed}"] text.label`).hover();
		await expect.poll(() => heading.textContent()).toContain(city(pointed));
		await page.mouse.move(0, 0);
		await expect.poll(() => heading.textContent()).toContain(city(highlighted));
		await close();
	});

	it.each([
		{ name: 'a script tag', q: '?cases=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
		{ name: 'empty ids and a script URL', q: '?cases=,,,&sort=javascript:alert(1)' },
		{
			name: 'an attribute break-out',
			q: '?highlight=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'
		},
		{ name: 'a 5,000-character value', q: `?cases=${'x'.repeat(5000)}` }
	])('falls back to every case for $name', async ({ q }) => {
		const { page, errors, close } = await open(q);
		page.on('dialog', () => errors.push('a dialog opened'));
		expect(await shownIds(page)).toHaveLength(ids.length);
		expect(await page.locator(`${bars}.highlight`).count()).toBe(0);
		expect(errors).toEqual([]);
		await close();
	});

	it('downloads exactly the compared rows, in the order shown', async () => {
		const chosen = [ids[2], ids[0]] as string[];
		const { page, close } = await open(`?cases=${chosen.join(',')}&sort=convicted`);
		await showPanel(page, 'sentence-ranges', 'download');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('#sentence-ranges a', { hasText: 'Download CSV' }).click()
		]);
		const rows = csvParse(readFileSync((await download.path()) as string, 'utf8'));
		const shown = await shownIds(page);
		expect(rows.map((r) => r.id)).toEqual(shown);
		expect(new Set(shown)).toEqual(new Set(chosen));
		for (const row of rows) {
			const source = data.convictions.find((c) => c.id === row.id);
			expect(row.convicted).toBe(String(source?.convicted));
			expect(row.sentence_min_years).toBe(
				source?.sentence_min_years === null ? '' : String(source?.sentence_min_years)
			);
			// Unknown is an empty cell, never "false".
			expect(row.sentence_max_life).toBe(
				source?.sentence_max_life === null ? '' : String(source?.sentence_max_life)
			);
		}
		await close();
	});

	it('shows a case’s values when its row is focused, and brings its details into view when tapped on a phone', async () => {
		const { page, close } = await open('', {
			viewport: { width: 360, height: 640 },
			hasTouch: true
		});
		const target = data.convictions[1];
		const row = page.locator(`${bars}[data-key="${target?.id}"]`);
		// Focus shows the row's values beside it.
		await row.focus();
		await page.locator('.mark-tip').waitFor({ state: 'visible' });
		await expect(page.locator('.mark-tip').textContent()).resolves.toContain(target?.city);
		await page.evaluate(() => window.scrollTo(0, 0));
		await row.tap();
		await page.waitForFunction(() => {
			const box = document.querySelector('.case-detail')?.getBoundingClientRect();
			return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
		});
		await expect(page.locator('.case-detail h3').textContent()).resolves.toContain(target?.city);
		await close();
	});

	it('names its downloads after the view, and they hold only the cases shown', async () => {
		const { page, close } = await open(`?cases=${ids[0]}`);
		await showPanel(page, 'sentence-ranges', 'download');
		const only = data.convictions.find((c) => c.id === ids[0]);
		const slug = only?.city.toLowerCase();
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
		const title = await page.locator('#sentence-ranges-heading').textContent();
		expect(texts(svg, 'title')[0]).toBe(title?.trim());
		expect(shown).toContain('Source:');
		expect(shown).toContain('refworld.org');
		// Only the compared case is drawn in the export, and nothing it says is about the others.
		const keyed = elements(svg).filter((e) => e.attrs['data-key'] !== undefined);
		expect(keyed.map((e) => e.attrs['data-key'])).toEqual([ids[0]]);
		const others = data.convictions.filter((c) => c.id !== ids[0]);
		for (const other of others) expect(svg).not.toContain(other.city);
		const descs = await page.locator('#sentence-ranges svg.chart-svg desc').allTextContents();
		expect(descs).toHaveLength(LAYOUT_WIDTHS.length);
		for (const other of others) for (const desc of descs) expect(desc).not.toContain(other.city);
		// The notes under the chart speak only of the cases shown, too.
		const notes = await page.locator('#sentence-ranges .notes').textContent();
		for (const other of others) expect(notes).not.toContain(other.city);
		const csv = csvParse((await download('CSV')).toString('utf8'));
		expect(csv.map((r) => r.id)).toEqual([ids[0]]);
		const [root] = svgs(svg);
		const width = Number(root?.attrs.width);
		const height = Number(root?.attrs.height);
		expect(width).toBeGreaterThan(0);
		expect(height).toBeGreaterThan(0);
		const png = await download('PNG');
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(png.readUInt32BE(16)).toBe(width * 2);
		expect(png.readUInt32BE(20)).toBe(height * 2);
		await close();
	});

	it('gives embed code whose page shows the same cases in the same order', async () => {
		const chosen = [ids[1], ids[2]] as string[];
		const { page, close } = await open(`?cases=${chosen.join(',')}&sort=max`);
		const drawn = await shownIds(page);
		expect([...drawn].sort()).toEqual([...chosen].sort());
		await showPanel(page, 'sentence-ranges', 'download');
		await page.locator('#sentence-ranges details.embed-code summary').click();
		const code = await page.locator('#sentence-ranges details.embed-code textarea').inputValue();
		const [frame] = elements(code);
		const src = new URL(frame?.attrs.src ?? '');
		expect(src.pathname).toMatch(/^\/embed\/sentence-ranges-[a-z-]+\/$/);
		const embed = await openPage(browser, { javaScriptEnabled: false });
		const response = await embed.page.goto(`${baseUrl()}${src.pathname}`);
		expect(response?.status()).toBe(200);
		const embedded = await embed.page
			.locator('svg.chart-svg:visible g[data-key]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		expect(embedded).toEqual(drawn);
		await embed.close();
		await close();
	});

	it('shows the full default comparison, its table and its CSV without JavaScript', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}/sentences/`);
		expect(await shownIds(page)).toHaveLength(ids.length);
		expect(await page.locator('#sentence-ranges .panel-table tbody tr').count()).toBe(ids.length);
		expect(await page.locator('.in-words li').count()).toBeGreaterThan(0);
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
