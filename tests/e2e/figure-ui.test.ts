import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage } from './browser.ts';
import { enhanced, PAGES_WITH_CHARTS, showPanel } from './site.ts';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TABS = ['Chart', 'Table', 'Sources', 'Download'];
const PANELS = ['chart', 'table', 'sources', 'download'] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface TabState {
	name: string;
	selected: string | null;
	tabindex: string | null;
	role: string | null;
	labelled: boolean;
	visible: boolean;
}

/** Each tab of a figure, with the section it controls. */
function tabState(page: Page, id: string): Promise<TabState[]> {
	return page.evaluate((id) => {
		const tabs = [...(document.getElementById(id)?.querySelectorAll('[role="tab"]') ?? [])];
		return tabs.map((tab) => {
			const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
			return {
				name: tab.textContent?.trim() ?? '',
				selected: tab.getAttribute('aria-selected'),
				tabindex: tab.getAttribute('tabindex'),
				role: panel?.getAttribute('role') ?? null,
				labelled: panel?.getAttribute('aria-labelledby') === tab.id,
				visible: panel?.checkVisibility() ?? false
			};
		});
	}, id);
}

/** The one tab chosen, checked against its section being the one shown. */
async function chosen(page: Page, id: string): Promise<string> {
	const state = await tabState(page, id);
	const on = state.filter((t) => t.selected === 'true');
	expect(on).toHaveLength(1);
	for (const t of state) {
		expect(t.visible, `${t.name} shown iff chosen`).toBe(t.selected === 'true');
		expect(t.tabindex, `${t.name} roving tabindex`).toBe(t.selected === 'true' ? '0' : '-1');
	}
	return on[0]?.name ?? '';
}

const focusedTab = (page: Page) =>
	page.evaluate(() =>
		document.activeElement?.getAttribute('role') === 'tab'
			? (document.activeElement.textContent?.trim() ?? '')
			: null
	);

describe.each([
	{ path: '/websites/', id: 'websites' },
	{ path: '/sentences/', id: 'sentence-ranges' }
])('tabs of $id on $path', ({ path, id }) => {
	let page: Page;
	let close: () => Promise<void>;
	let errors: string[];

	beforeAll(async () => {
		({ page, close, errors } = await openPage(browser));
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await enhanced(page);
	});
	afterAll(async () => {
		await close?.();
	});

	it('are the ARIA tabs pattern, starting on the chart', async () => {
		const state = await tabState(page, id);
		expect(state.map((t) => t.name)).toEqual(TABS);
		expect(state.every((t) => t.role === 'tabpanel' && t.labelled)).toBe(true);
		await expect(page.locator(`#${id} [role="tablist"]`).isVisible()).resolves.toBe(true);
		expect(await chosen(page, id)).toBe('Chart');
		expect(await page.locator(`#${id} svg.chart-svg:visible`).isVisible()).toBe(true);
		// The stacked sections' headings give way to the tabs.
		expect(await page.locator(`#${id} .panel-heading`).first().isVisible()).toBe(false);
	});

	it('switch with the mouse', async () => {
		await page.locator(`#${id}-tab-table`).click();
		expect(await chosen(page, id)).toBe('Table');
		expect(await page.locator(`#${id} .panel-table tbody tr`).first().isVisible()).toBe(true);
		expect(await page.locator(`#${id} svg.chart-svg:visible`).count()).toBe(0);
		await page.locator(`#${id}-tab-sources`).click();
		expect(await chosen(page, id)).toBe('Sources');
		await expect(page.locator(`#${id} .panel-sources .source`).isVisible()).resolves.toBe(true);
		await page.locator(`#${id}-tab-chart`).click();
		expect(await chosen(page, id)).toBe('Chart');
	});

	it('switch with Left, Right, Home and End, focus following, and Tab leaves the list', async () => {
		await page.locator(`#${id}-tab-chart`).focus();
		const steps: [string, string][] = [
			['ArrowRight', 'Table'],
			['ArrowRight', 'Sources'],
			['End', 'Download'],
			['ArrowRight', 'Chart'],
			['ArrowLeft', 'Download'],
			['Home', 'Chart'],
			['ArrowLeft', 'Download']
		];
		for (const [key, name] of steps) {
			await page.keyboard.press(key);
			expect(await focusedTab(page), `${key} focuses`).toBe(name);
			expect(await chosen(page, id), `${key} chooses`).toBe(name);
		}
		// Tab goes into the chosen section, not to the next tab.
		await page.keyboard.press('Tab');
		expect(await focusedTab(page)).toBeNull();
		const inPanel = await page.evaluate(
			(id) => document.getElementById(`${id}-panel-download`)?.contains(document.activeElement),
			id
		);
		expect(inPanel).toBe(true);
		await page.locator(`#${id}-tab-chart`).click();
		expect(errors).toEqual([]);
	});

	it('open on the section a link names', async () => {
		await page.goto(`${baseUrl()}${path}#${id}-panel-table`, { waitUntil: 'load' });
		await enhanced(page);
		expect(await chosen(page, id)).toBe('Table');
	});
});

describe('tabs on the comparison', () => {
	it('keep working as the view changes in place', async () => {
		const id = 'sentence-ranges';
		const { page, errors, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/sentences/`, { waitUntil: 'load' });
		await enhanced(page);
		const all = await page.locator(`#${id} .panel-table tbody tr`).count();
		const toggle = page.locator('.controls a.case-toggle').first();
		const toggleId = await toggle.getAttribute('id');
		await toggle.click();
		await page.waitForURL(/\/sentences\/[a-z-]+\/$/);
		await page.locator(`#${id}-tab-table`).click();
		expect(await chosen(page, id)).toBe('Table');
		expect(await page.locator(`#${id} .panel-table tbody tr`).count()).toBe(all - 1);
		await page.locator(`#${id}-tab-chart`).click();
		await page.locator(`#${toggleId}`).click();
		await page.waitForURL((u) => u.pathname === '/sentences/');
		expect(await chosen(page, id)).toBe('Chart');
		expect(await page.locator(`#${id} .panel-table tbody tr`).count()).toBe(all);
		expect(errors).toEqual([]);
		await close();
	});
});

interface AxeResult {
	violations: { id: string; nodes: { target: unknown[] }[] }[];
}

describe.each(['/', '/sentences/', '/timeline/'])('axe on %s with each tab chosen', (path) => {
	it.each(PANELS)('finds nothing with every figure on its %s tab', async (panel) => {
		// The page's own CSP applies: axe is evaluated through the debugging protocol.
		const { page, errors, close } = await openPage(browser);
		await page.goto(baseUrl() + path, { waitUntil: 'load' });
		await enhanced(page);
		const ids = await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.id));
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) await showPanel(page, id, panel);
		await page
			.locator('details')
			.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
		await page.evaluate(AXE);
		const result = await page.evaluate(() =>
			(window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({
				resultTypes: ['violations']
			})
		);
		const found = result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
		expect(found).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});
});

describe.each([
	{ width: 1350, height: 940 },
	{ width: 412, height: 823 },
	{ width: 320, height: 640 }
])(
	'at $width px wide, nothing moves while a page loads and its figures become tabs',
	(viewport) => {
		it.each(PAGES_WITH_CHARTS)('%s', async (path) => {
			const { page, errors, close } = await openPage(browser, { viewport });
			// Every layout shift from the first paint on, with the nodes that moved.
			await page.addInitScript(() => {
				const log: { value: number; nodes: string[] }[] = [];
				(window as unknown as { shifts_: typeof log }).shifts_ = log;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						sources: { node?: Node }[];
					})[]) {
						const nodes = entry.sources.map((s) =>
							s.node instanceof Element ? `${s.node.localName}.${s.node.classList}` : '?'
						);
						log.push({ value: entry.value, nodes });
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
			await enhanced(page);
			await page.locator('.figure-tabs[data-tabs="on"]').first().waitFor();
			await page.waitForTimeout(300);
			const shifts = await page.evaluate(
				() => (window as unknown as { shifts_: { value: number; nodes: string[] }[] }).shifts_
			);
			const total = shifts.reduce((sum, s) => sum + s.value, 0);
			expect(total, JSON.stringify(shifts)).toBeLessThan(0.001);
			expect(errors).toEqual([]);
			await close();
		});
	}
);

describe('tables wider than their box', () => {
	it.each([320, 1280])(
		'at %i px, say so exactly when they scroll, and keep their first column in view',
		async (width) => {
			const { page, errors, close } = await openPage(browser, {
				viewport: { width, height: 800 }
			});
			await page.goto(`${baseUrl()}/data/`, { waitUntil: 'load' });
			await page
				.locator('details')
				.evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
			// The hint and shadows follow each table's own overflow.
			await page.waitForTimeout(100);
			const frames = await page.locator('.table-frame').evaluateAll((all) =>
				all.map((frame) => {
					const box = frame.querySelector('.table-scroll') as HTMLElement;
					const hint = frame.querySelector('.scroll-hint') as HTMLElement;
					return {
						scrolls: box.scrollWidth > box.clientWidth + 1,
						overflow: frame.getAttribute('data-overflow'),
						hint: hint.checkVisibility()
					};
				})
			);
			expect(frames.length).toBeGreaterThan(0);
			for (const f of frames) {
				expect(f.hint).toBe(f.scrolls);
				expect(f.overflow).toBe(f.scrolls ? 'end' : null);
			}
			if (width === 320) {
				const index = frames.findIndex((f) => f.scrolls);
				expect(index, 'a preview wider than a phone').toBeGreaterThanOrEqual(0);
				const frame = page.locator('.table-frame').nth(index);
				const box = frame.locator('.table-scroll');
				const before = await frame.evaluate((f) => ({
					first: f.querySelector('tbody td')?.getBoundingClientRect().left ?? NaN,
					second: f.querySelector('tbody td + td')?.getBoundingClientRect().left ?? NaN
				}));
				await box.evaluate((b) => b.scrollBy({ left: 150 }));
				await expect.poll(() => frame.getAttribute('data-overflow')).toMatch(/^start( end)?$/);
				const after = await frame.evaluate((f) => ({
					first: f.querySelector('tbody td')?.getBoundingClientRect().left ?? NaN,
					second: f.querySelector('tbody td + td')?.getBoundingClientRect().left ?? NaN
				}));
				expect(after.first).toBeCloseTo(before.first, 0);
				expect(after.second).toBeLessThan(before.second - 100);
			}
			expect(errors).toEqual([]);
			await close();
		}
	);
});

describe('values where the pointer is', () => {
	const mark = '#deaths-per-incident svg.chart-svg:visible g[data-key]';

	it('shows a mark’s <title> beside it on hover and focus, inside the viewport; Escape hides it', async () => {
		const { page, errors, close } = await openPage(browser, {
			viewport: { width: 320, height: 700 }
		});
		await page.goto(`${baseUrl()}/incidents/`, { waitUntil: 'load' });
		const count = await page.locator(mark).count();
		expect(count).toBeGreaterThan(1);
		// Marks drawn without a <title> get one here, as the chart code gives every mark.
		const words = await page.locator(mark).evaluateAll((gs) =>
			gs.map((g, i) => {
				let title = [...g.children].find((c) => c.localName === 'title');
				if (!title) {
					title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
					title.textContent = `Mark ${i + 1}: its values in words`;
					g.prepend(title);
				}
				if (!g.hasAttribute('tabindex')) g.setAttribute('tabindex', '0');
				return title.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			})
		);
		const tip = page.locator('.mark-tip');
		const last = page.locator(mark).last();
		// The pointer on the mark's shape, not on the empty space of its group's box.
		const shape = last.locator('[data-mark]').first();
		await shape.hover();
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(words[count - 1]);
		const [tipBox, markBox] = await Promise.all([tip.boundingBox(), last.boundingBox()]);
		expect(tipBox && markBox).toBeTruthy();
		if (!tipBox || !markBox) return;
		expect(tipBox.x).toBeGreaterThanOrEqual(0);
		expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(320);
		expect(tipBox.y).toBeGreaterThanOrEqual(0);
		// Just above or just below the mark.
		const gap = Math.min(
			Math.abs(tipBox.y + tipBox.height - markBox.y),
			Math.abs(tipBox.y - (markBox.y + markBox.height))
		);
		expect(gap).toBeLessThanOrEqual(16);
		await page.keyboard.press('Escape');
		expect(await tip.isVisible()).toBe(false);

		// Away from the marks, nothing shows.
		await page.locator('h1').hover();
		await shape.hover();
		await expect.poll(() => tip.isVisible()).toBe(true);
		await page.locator('h1').hover();
		expect(await tip.isVisible()).toBe(false);

		// Focus shows it too.
		await page.locator(mark).first().focus();
		expect(await tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(words[0]);
		await page.keyboard.press('Escape');
		expect(await tip.isVisible()).toBe(false);
		// The box is for sighted readers only: the same words are in the SVG.
		expect(await tip.getAttribute('aria-hidden')).toBe('true');
		expect(errors).toEqual([]);
		await close();
	});

	it('shows a mark’s <title> when it is tapped, and hides it on a tap elsewhere', async () => {
		const { page, errors, close } = await openPage(browser, {
			viewport: { width: 360, height: 700 },
			hasTouch: true,
			isMobile: true
		});
		await page.goto(`${baseUrl()}/incidents/`, { waitUntil: 'load' });
		// Today's marks may have no <title>; one is given here, as the chart code gives every mark.
		const words = await page
			.locator(mark)
			.first()
			.evaluate((g) => {
				let title = [...g.children].find((c) => c.localName === 'title');
				if (!title) {
					title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
					title.textContent = 'A mark: its values in words';
					g.prepend(title);
				}
				return title.textContent?.replace(/\s+/g, ' ').trim();
			});
		const tip = page.locator('.mark-tip');
		await page.locator(mark).first().locator('[data-mark]').first().tap();
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(words);
		await page.locator('h1').tap();
		await expect.poll(() => tip.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await close();
	});

	it('shows nothing for a mark without a <title>', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/incidents/`, { waitUntil: 'load' });
		await page
			.locator(mark)
			.evaluateAll((gs) =>
				gs.forEach((g) => g.querySelectorAll('title').forEach((t) => t.remove()))
			);
		await page.locator(mark).first().locator('[data-mark]').first().hover();
		await page.waitForTimeout(100);
		expect(await page.locator('.mark-tip').isVisible()).toBe(false);
		await close();
	});
});

describe('printing', () => {
	it('gives the page’s own address and data date, no URLs after links, no stray punctuation', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\/.+\/$/);
		await page.emulateMedia({ media: 'print' });
		const text = await page.evaluate(() => document.body.innerText);
		expect(text).toContain(`Printed from ${canonical}`);
		expect(text).toMatch(/data version \d+\.\d+\.\d+ of \d{1,2} \w+ \d{4}/);
		expect(text).not.toMatch(/\(\s*https?:/);
		const footer = (await page.locator('.site-footer').innerText()).replace(/\s+/g, ' ');
		expect(footer).not.toMatch(/[.,;:]\s*[.,;:]/);
		// Tabs and downloads are for the screen; the chart, its table and its sources print.
		const id = await page.locator('figure.chart').first().getAttribute('id');
		expect(await page.locator(`#${id} [role="tablist"]`).isVisible()).toBe(false);
		expect(await page.locator(`#${id} .panel-download`).isVisible()).toBe(false);
		expect(await page.locator(`#${id} .panel-table table`).isVisible()).toBe(true);
		expect(await page.locator(`#${id} .panel-sources .source`).isVisible()).toBe(true);
		const avoid = await page
			.locator(`#${id} .panel-chart`)
			.evaluate((el) => getComputedStyle(el).breakInside);
		expect(avoid).toBe('avoid');
		await close();
	});

	it('shows the print line only in print', async () => {
		const { page, close } = await openPage(browser);
		await page.goto(`${baseUrl()}/incidents/`, { waitUntil: 'load' });
		expect(await page.locator('.print-only').isVisible()).toBe(false);
		await close();
	});
});

describe('touch targets', () => {
	it('makes the tabs, download links and buttons at least 44 px tall', async () => {
		const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await page.goto(`${baseUrl()}/websites/`, { waitUntil: 'load' });
		const heights = async (selector: string) =>
			page
				.locator(selector)
				.evaluateAll((all) =>
					all
						.filter((el) => (el as HTMLElement).checkVisibility())
						.map((el) => [el.textContent?.trim(), el.getBoundingClientRect().height] as const)
				);
		const tabs = await heights('#websites [role="tab"]');
		expect(tabs).toHaveLength(4);
		await showPanel(page, 'websites', 'download');
		const controls = await heights('#websites .downloads :is(a, button)');
		expect(controls.length).toBeGreaterThanOrEqual(4);
		for (const [name, height] of [...tabs, ...controls])
			expect(height, `${name}`).toBeGreaterThanOrEqual(44);
		await close();
	});
});
