// What a reader sees at a glance: charts no taller than their words, counts not drawn as lengths,
// the number that matters in view, and no layout that leaves a column empty.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, PAGES, type Watched } from './browser.ts';
import { enhanced, showPanel } from './site.ts';

/** Phones to wide desktops. */
const WIDTHS = [320, 360, 768, 1280, 1600];
/**
 * The tallest the incident chart may be drawn for the four incidents of the report, in CSS px, at
 * any width: its rows and the words between them, no empty bands.
 */
export const INCIDENT_CHART_MAX_HEIGHT = 480;
/** The widest a column may stand empty beside content, in CSS px, before it is a hole. */
const MAX_EMPTY = 200;
const SITE_TITLE = 'Kazakhstan 2012: the terrorism report in figures';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(page: Page, path: string): Promise<void> {
	const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
	expect(response?.status()).toBe(200);
	await enhanced(page);
}

/** Height of the drawing of a chart that shows, in CSS px. */
function drawnHeight(page: Page, id: string): Promise<number> {
	return page.evaluate((figure) => {
		const svgs = [...document.querySelectorAll(`#${figure} svg[role="img"]`)];
		const shown = svgs.find((s) => s.getBoundingClientRect().width > 0);
		return shown?.getBoundingClientRect().height ?? Number.NaN;
	}, id);
}

describe.each(WIDTHS)('at %i px wide', (width) => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser, { viewport: { width, height: 800 } });
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
	});

	it.each(['/', '/incidents/'])(
		`draws the four incidents no taller than ${INCIDENT_CHART_MAX_HEIGHT} px on %s`,
		async (path) => {
			await open(watched.page, path);
			const bars = await watched.page
				.locator('#deaths-per-incident svg[role="img"] [data-mark="bar"]')
				.count();
			// Four incidents in each of the four layouts.
			expect(bars).toBe(16);
			const height = await drawnHeight(watched.page, 'deaths-per-incident');
			expect(height).toBeGreaterThan(100);
			expect(height).toBeLessThanOrEqual(INCIDENT_CHART_MAX_HEIGHT);
		}
	);

	it('draws the count of 1,800 websites no smaller than the count of 950', async () => {
		await open(watched.page, '/websites/');
		const sizes = await watched.page.evaluate(() => {
			const svg = [...document.querySelectorAll('#websites svg[role="img"]')].find(
				(s) => s.getBoundingClientRect().width > 0
			);
			const box = (text: string) => {
				const mark = [...(svg?.querySelectorAll('[data-mark="count"]') ?? [])].find(
					(m) => m.textContent?.trim() === text
				);
				const r = mark?.getBoundingClientRect();
				return r ? { width: r.width, height: r.height, area: r.width * r.height } : null;
			};
			// Nothing else in the figure may stand for an amount by its length.
			const lengths = svg?.querySelectorAll('[data-mark="bar"]').length ?? -1;
			return { big: box('1,800'), small: box('950'), lengths };
		});
		expect(sizes.big, 'the mark for 1,800').not.toBeNull();
		expect(sizes.small, 'the mark for 950').not.toBeNull();
		expect(sizes.big!.height).toBeGreaterThanOrEqual(sizes.small!.height - 0.5);
		expect(sizes.big!.area).toBeGreaterThanOrEqual(sizes.small!.area);
		expect(sizes.lengths).toBe(0);
	});

	it('gives the home page a heading of its own, not the site title', async () => {
		await open(watched.page, '/');
		const h1 = (await watched.page.locator('h1').textContent())?.trim();
		const name = (await watched.page.locator('.site-name').textContent())?.trim();
		expect(name).toBe(SITE_TITLE);
		expect(h1).toBeTruthy();
		expect(h1).not.toBe(name);
	});

	it('fills every row of home tiles from edge to edge', async () => {
		await open(watched.page, '/');
		const rows = await watched.page.evaluate(() => {
			const list = document.querySelector('.tiles');
			const frame = list?.getBoundingClientRect();
			const byTop = new Map<number, { left: number; right: number }>();
			for (const tile of list?.querySelectorAll(':scope > li') ?? []) {
				const r = tile.getBoundingClientRect();
				const top = Math.round(r.top);
				const row = byTop.get(top) ?? { left: Infinity, right: -Infinity };
				byTop.set(top, { left: Math.min(row.left, r.left), right: Math.max(row.right, r.right) });
			}
			return {
				frame: frame && { left: frame.left, right: frame.right },
				rows: [...byTop.values()]
			};
		});
		expect(rows.rows.length).toBeGreaterThan(0);
		for (const row of rows.rows) {
			expect(row.left).toBeCloseTo(rows.frame!.left, 0);
			expect(row.right).toBeCloseTo(rows.frame!.right, 0);
		}
	});
});

describe('at 360 px, the Table tab of the incident chart', () => {
	it('keeps the number column fully in view, each count on one line', async () => {
		const watched = await openPage(browser, { viewport: { width: 360, height: 800 } });
		try {
			await open(watched.page, '/incidents/');
			await showPanel(watched.page, 'deaths-per-incident', 'table');
			const cells = await watched.page.evaluate(() => {
				const table = document.querySelector('#deaths-per-incident-panel-table table');
				const headers = [...(table?.querySelectorAll('thead th') ?? [])];
				const column = headers.findIndex((th) => th.textContent?.trim() === 'Killed');
				const frame = table?.closest('.table-scroll')?.getBoundingClientRect();
				return {
					column,
					frame: frame && { left: frame.left, right: frame.right },
					cells: [...(table?.querySelectorAll('tr') ?? [])].map((tr) => {
						const cell = tr.children[column];
						const r = cell?.getBoundingClientRect();
						const range = document.createRange();
						if (cell) range.selectNodeContents(cell);
						return {
							text: cell?.textContent?.trim() ?? '',
							left: r?.left ?? NaN,
							right: r?.right ?? NaN,
							lines: cell ? range.getClientRects().length : 0
						};
					})
				};
			});
			expect(cells.column).toBeGreaterThanOrEqual(0);
			expect(cells.cells.length).toBe(5);
			for (const cell of cells.cells) {
				expect(cell.left, cell.text).toBeGreaterThanOrEqual(Math.max(0, cells.frame!.left) - 0.5);
				expect(cell.right, cell.text).toBeLessThanOrEqual(Math.min(360, cells.frame!.right) + 0.5);
				expect(cell.lines, cell.text).toBe(1);
			}
		} finally {
			await watched.close();
		}
	});
});

describe('at 1280 px wide, no page', () => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser, { viewport: { width: 1280, height: 800 } });
	});
	afterAll(async () => {
		await watched?.close();
	});

	it.each(PAGES)(
		`%s leaves no column empty for more than ${MAX_EMPTY} px beside content`,
		async (path) => {
			await open(watched.page, path);
			const holes = await watched.page.evaluate((limit) => {
				/** Bottom of what an element shows: its text, drawings and tiles, not its stretched box. */
				const contentBottom = (el: Element) => {
					let bottom = -Infinity;
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						if (!n.textContent?.trim()) continue;
						const range = document.createRange();
						range.selectNodeContents(n);
						for (const r of range.getClientRects())
							if (r.height > 0) bottom = Math.max(bottom, r.bottom);
					}
					for (const m of el.querySelectorAll('svg, img, .tile'))
						if (m.getBoundingClientRect().width > 0)
							bottom = Math.max(bottom, m.getBoundingClientRect().bottom);
					return bottom;
				};
				const found: string[] = [];
				for (const parent of document.querySelectorAll('main, main *')) {
					const kids = [...parent.children].filter((k) => {
						const r = k.getBoundingClientRect();
						return r.width > 0 && r.height > 0;
					});
					// Children side by side: columns of one layout.
					for (const a of kids)
						for (const b of kids) {
							if (a === b) continue;
							const ra = a.getBoundingClientRect();
							const rb = b.getBoundingClientRect();
							const beside = ra.right <= rb.left + 1 && ra.top < rb.bottom && rb.top < ra.bottom;
							if (!beside || ra.width < limit || rb.width < limit) continue;
							for (const [el, other] of [
								[a, b],
								[b, a]
							] as const) {
								// The column is every sibling stacked in el's track, not el alone.
								const box = el.getBoundingClientRect();
								const column = kids.filter((k) => {
									const r = k.getBoundingClientRect();
									return r.left < box.right - 1 && box.left < r.right - 1;
								});
								const filled = Math.max(box.top, ...column.map(contentBottom));
								const hole = contentBottom(other) - filled;
								if (hole > limit)
									found.push(
										`${el.tagName.toLowerCase()}.${el.className} empty for ${Math.round(hole)} px beside ${other.tagName.toLowerCase()}.${other.className}`
									);
							}
						}
				}
				return [...new Set(found)];
			}, MAX_EMPTY);
			expect(holes).toEqual([]);
		}
	);
});
