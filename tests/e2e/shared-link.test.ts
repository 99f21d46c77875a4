import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SORT_SLUGS } from '../../src/lib/sentences/pages.ts';
import { sortCases, SORTS } from '../../src/lib/sentences/state.ts';
import { casesByVerdict, viewCase } from '../../src/lib/charts/sentences/spec.ts';
import { detailedCases } from '../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { langFor } from '../../src/lib/i18n/index.ts';
import { baseUrl, launch, openPage, PAGES } from './browser.ts';

const cases = casesByVerdict(detailedCases(loadPackageFrom(process.cwd()).data.convictions)).map(
	(c) => viewCase(c, langFor('en'))
);

/** What the page showed at one moment: whether the chart was visible, and which cases it drew. */
interface Frame {
	at: number;
	/** The document's path: the old link's page, or the view's. */
	path: string;
	visible: boolean;
	keys: string[];
}

/**
 * Runs before any of the page's own scripts: records, at every change to the document from its
 * first node to the end, whether the comparison chart is visible and which cases it draws.
 */
function watchChart() {
	const frames: Frame[] = [];
	(window as unknown as { frames_: Frame[] }).frames_ = frames;
	const record = () => {
		// A document being unloaded has no window and no styles: what it would compute is not what was shown.
		if (!document.defaultView) return;
		// The drawing its column shows; the others, laid out for other widths, are not displayed.
		const svg = [...document.querySelectorAll('#sentence-ranges svg.chart-svg')].find(
			(s) => getComputedStyle(s).display !== 'none'
		);
		if (!svg) return;
		const visible = getComputedStyle(svg).visibility === 'visible';
		const keys = [...svg.querySelectorAll('g[data-key]')].map(
			(g) => g.getAttribute('data-key') ?? ''
		);
		const last = frames[frames.length - 1];
		if (last && last.visible === visible && last.keys.join() === keys.join()) return;
		frames.push({ at: performance.now(), path: location.pathname, visible, keys });
	};
	new MutationObserver(record).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

// A few old links: one case, two cases in another order, every case sorted another way, a highlight.
const views = [
	{ chosen: [cases[2]], sort: 'verdict' as const, highlight: null },
	{ chosen: [cases[0], cases[1]], sort: 'max' as const, highlight: cases[1] },
	{ chosen: cases, sort: 'convicted' as const, highlight: null }
].map(({ chosen, sort, highlight }) => {
	const picked = chosen.filter((c) => c !== undefined) as typeof cases;
	const query = `?cases=${picked.map((c) => c.id).join(',')}&sort=${sort}${highlight ? `&highlight=${highlight.id}` : ''}`;
	const selection = picked
		.map((c) => c.city.toLowerCase())
		.sort()
		.join('-');
	const path = `/sentences/${selection}/${sort === 'verdict' ? '' : `${SORT_SLUGS[sort]}/`}`;
	const hash = highlight ? `#case-${highlight.city.toLowerCase()}` : '';
	return { query, path, hash, expected: sortCases(picked, sort).map((c) => c.id) };
});

describe('an old link to the sentence comparison (?cases=…), with the CPU slowed 4×', () => {
	it('has views to test that differ from the default', () => {
		expect(SORTS).toContain('max');
		for (const { expected } of views) expect(expected.length).toBeGreaterThan(0);
		const defaultOrder = sortCases(cases, 'verdict').map((c) => c.id);
		expect(views.some((v) => v.expected.join() !== defaultOrder.join())).toBe(true);
	});

	it.each(views)(
		'$query never shows another selection, from the first node, and ends on $path$hash',
		async ({ query, path, hash, expected }) => {
			const { page, errors, close } = await openPage(browser);
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.addInitScript(watchChart);
			await page.goto(`${baseUrl()}/sentences/${query}`);
			await page.waitForURL(`**${path}${hash}`);
			await page.waitForFunction(
				(want) => {
					const frames = (window as unknown as { frames_: Frame[] }).frames_;
					const last = frames[frames.length - 1];
					return last?.visible === true && last.keys.join() === want;
				},
				expected.join(),
				{ timeout: 10_000 }
			);
			const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
			expect(frames.length).toBeGreaterThan(0);
			// While the parser is still inside the chart, a frame holds the cases parsed so far: those
			// must be the first of the view's own, in its order. Any other case, or order, is another view.
			for (const frame of frames.filter((f) => f.visible))
				expect(frame.keys, JSON.stringify(frames)).toEqual(expected.slice(0, frame.keys.length));
			expect(frames[frames.length - 1]?.keys).toEqual(expected);
			// In place in the history: going back leaves the site rather than showing the old address.
			expect(await page.evaluate(() => history.length)).toBe(2);
			if (hash) expect(await page.locator('.case-detail:target').count()).toBe(1);
			expect(errors).toEqual([]);
			await close();
		}
	);

	// The view slugs are the English cities' in every edition: an old link under /ru/ or /kk/ stays in its edition.
	it.each(['ru', 'kk'].flatMap((locale) => views.map((v) => ({ ...v, locale }))))(
		'$locale: $query ends on the same view in its edition, drawing only its cases',
		async ({ locale, query, path, hash, expected }) => {
			const { page, errors, close } = await openPage(browser);
			await page.addInitScript(watchChart);
			await page.goto(`${baseUrl()}/${locale}/sentences/${query}`);
			await page.waitForURL(`**/${locale}${path}${hash}`);
			await page.waitForFunction(
				(want) => {
					const frames = (window as unknown as { frames_: Frame[] }).frames_;
					const last = frames[frames.length - 1];
					return last?.visible === true && last.keys.join() === want;
				},
				expected.join(),
				{ timeout: 10_000 }
			);
			const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
			for (const frame of frames.filter((f) => f.visible))
				expect(frame.keys, JSON.stringify(frames)).toEqual(expected.slice(0, frame.keys.length));
			expect(frames.every((f) => f.path.startsWith(`/${locale}/sentences/`))).toBe(true);
			expect(await page.evaluate(() => history.length)).toBe(2);
			expect(await page.getAttribute('html', 'lang')).toBe(locale);
			if (hash) expect(await page.locator('.case-detail:target').count()).toBe(1);
			expect(errors).toEqual([]);
			await close();
		}
	);

	it.each([
		{ name: 'a script tag', q: '?cases=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
		{ name: 'empty ids and a script URL', q: '?cases=,,,&sort=javascript:alert(1)' },
		{
			name: 'an attribute break-out',
			q: '?highlight=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'
		},
		{ name: 'ids that name Object members', q: '?cases=__proto__,constructor&highlight=toString' },
		{ name: 'a 5,000-character value', q: `?cases=${'x'.repeat(5000)}` }
	])('with $name, lands on the default view, with no dialog', async ({ q }) => {
		const { page, errors, close } = await openPage(browser);
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto(`${baseUrl()}/sentences/${q}`);
		await page.waitForURL((u) => u.pathname === '/sentences/' && u.search === '');
		const keys = await page
			.locator('#sentence-ranges svg.chart-svg:visible g[data-key]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		expect(keys).toEqual(sortCases(cases, 'verdict').map((c) => c.id));
		expect(await page.locator('.case-detail:visible').count()).toBe(0);
		expect(await page.locator('main img[src="x"]').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows the default comparison and says why, with JavaScript off', async () => {
		const { page, close } = await openPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl()}/sentences/${views[0]?.query}`);
		const keys = await page
			.locator('#sentence-ranges svg.chart-svg:visible g[data-key]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		expect(keys).toEqual(sortCases(cases, 'verdict').map((c) => c.id));
		const why = page.locator('main noscript p');
		expect(await why.isVisible()).toBe(true);
		expect((await why.textContent())?.replace(/\s+/g, ' ')).toContain(
			'opens the view it names only with JavaScript on'
		);
		await close();
	});
});

describe('what the pages send', () => {
	const htmlFiles = readdirSync('build', { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'));

	it('no page of the build loads the framework’s client: one module script, the enhancement file', () => {
		expect(htmlFiles.length).toBeGreaterThan(30);
		for (const file of htmlFiles) {
			const html = readFileSync(join('build', file), 'utf8');
			expect(html, file).not.toMatch(
				/modulepreload|\/_app\/immutable\/(entry|chunks|nodes)\/|__sveltekit/
			);
			const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
			expect(sources, file).toEqual([
				expect.stringMatching(/^\/enhance\/enhance\.[A-Za-z0-9_-]{8}\.js$/)
			]);
		}
	});

	it('a view of the comparison asks for its HTML and the enhancement file, and nothing else', async () => {
		const { page, close } = await openPage(browser);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(`${baseUrl()}/sentences/atyrau-uralsk/longest-maximum-first/`, {
			waitUntil: 'networkidle'
		});
		expect(requests).toHaveLength(2);
		expect(requests[1]).toMatch(/^\/enhance\//);
		await close();
	});

	it.each(PAGES)('%s carries no SVG markup in an inline script', async (path) => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}${path}`);
		const inline = await page.evaluate(() =>
			[...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? '')
		);
		for (const text of inline) expect(text).not.toMatch(/<svg|\\u003csvg|&lt;svg/i);
		await close();
	});
});
