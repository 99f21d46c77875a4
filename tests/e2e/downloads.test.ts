import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_WIDTHS } from '../../src/lib/charts/common.ts';
import { COLUMNS, RESOURCE_NAMES, type ResourceName } from '../../src/lib/data/types.ts';
import { loadPackageFrom } from '../../src/lib/server/data.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';
import { CHART_IDS, CHART_PAGES, enhanced, showPanel } from './site.ts';

/** The published CSV's rows, read by d3's parser rather than the site's own. */
function publishedRows(name: ResourceName): Record<string, string>[] {
	const rows = csvParse(readFileSync(`static/data/${name}.csv`, 'utf8'));
	expect(rows.columns).toEqual(COLUMNS[name]);
	return rows.map((row) => ({ ...row }) as Record<string, string>);
}

const { descriptor } = loadPackageFrom(process.cwd());

/** A JSON value as the CSV spells it: booleans as true/false, null as an empty cell. */
function asCell(value: unknown): string {
	return value === null ? '' : String(value);
}

/** Clicks a download link and returns the file the browser saved. */
async function download(page: Page, link: Locator): Promise<{ name: string; body: Buffer }> {
	await expect(link.count(), `${link}`).resolves.toBe(1);
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(await file.failure()).toBeNull();
	return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens /data/ in a fresh page for one describe block, checked for errors when it closes. */
function onDataPage(): () => Watched {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser);
		const response = await watched.page.goto(`${baseUrl()}/data/`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
		expect(watched?.offsite).toEqual([]);
	});
	return () => watched;
}

// Two pages, because Chromium drops a tab's eleventh download in a row.
describe('the data page CSV downloads', () => {
	const watched = onDataPage();

	it.each(RESOURCE_NAMES)('%s.csv holds exactly the published rows', async (name) => {
		const { page } = watched();
		const file = await download(page, page.locator(`#dataset-${name} a[href$=".csv"]`));
		expect(file.name).toBe(`${name}.csv`);
		const rows = csvParse(file.body.toString('utf8'));
		expect(rows.columns).toEqual(COLUMNS[name]);
		expect(rows.map((row) => ({ ...row }))).toEqual(publishedRows(name));
	});
});

describe('the data page JSON and ZIP downloads', () => {
	const watched = onDataPage();

	it.each(RESOURCE_NAMES)('%s.json holds the published rows, typed', async (name) => {
		const { page } = watched();
		const file = await download(page, page.locator(`#dataset-${name} a[href$=".json"]`));
		expect(file.name).toBe(`${name}.json`);
		const rows = JSON.parse(file.body.toString('utf8')) as Record<string, unknown>[];
		const columns = COLUMNS[name] as readonly string[];
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual([...columns].sort());
			for (const value of Object.values(row)) {
				expect(['string', 'number', 'boolean', 'null']).toContain(
					value === null ? 'null' : typeof value
				);
				// An empty cell is null in JSON, never an empty string or a 0.
				expect(value).not.toBe('');
			}
		}
		const asCells = rows.map((row) =>
			Object.fromEntries(columns.map((column) => [column, asCell(row[column])]))
		);
		expect(asCells).toEqual(publishedRows(name));
	});

	it('the ZIP holds the README, datapackage.json and every CSV as published', async () => {
		const { page } = watched();
		const file = await download(page, page.locator('a[href$=".zip"]'));
		expect(file.name).toBe('crt-kazakhstan-2012.zip');
		expect(file.body.subarray(0, 2).toString('latin1')).toBe('PK');
		const csvs = RESOURCE_NAMES.map((name) => `${name}.csv`);
		const entries = unzipSync(new Uint8Array(file.body));
		expect(Object.keys(entries)).toEqual(
			expect.arrayContaining(['README.md', 'datapackage.json', ...csvs])
		);
		expect(new TextDecoder().decode(entries['README.md']).length).toBeGreaterThan(0);
		for (const csv of [...csvs, 'datapackage.json']) {
			const published = readFileSync(`static/data/${csv}`);
			const entry = entries[csv];
			expect(entry, `${csv} in the ZIP`).toBeDefined();
			expect(Buffer.from(entry!).equals(published), `${csv} as published`).toBe(true);
		}
	});
});

describe('the citation files on /about/', () => {
	let watched: Watched;
	beforeAll(async () => {
		watched = await openPage(browser);
		const response = await watched.page.goto(`${baseUrl()}/about/`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
		expect(watched?.offsite).toEqual([]);
	});

	it.each([
		{ file: 'report.bib', has: ['@techreport{', 'year = {2013}'] },
		{ file: 'dataset.bib', has: ['@misc{', `version = {${descriptor.version}}`, '/data/}'] },
		{ file: 'report.ris', has: ['TY  - RPRT', 'PY  - 2013'] },
		{ file: 'dataset.ris', has: ['TY  - DATA', `ET  - ${descriptor.version}`, 'Y2  - '] },
		{ file: 'report.json', has: ['"type": "report"'] },
		{ file: 'dataset.json', has: ['"type": "dataset"', `"version": "${descriptor.version}"`] }
	])(
		'$file downloads with the work, its version and the dashboard address',
		async ({ file, has }) => {
			const { page } = watched;
			const saved = await download(page, page.locator(`a[href$="/cite/${file}"]`));
			expect(saved.name).toBe(file);
			const text = saved.body.toString('utf8');
			for (const part of has) expect(text).toContain(part);
			if (file.endsWith('.json')) expect(Array.isArray(JSON.parse(text))).toBe(true);
		}
	);

	it('shows APA and Chicago citations of the report and of the tables', async () => {
		const { page } = watched;
		const text = (await page.locator('dl.citation').allInnerTexts()).join('\n');
		expect(text.match(/APA/g)).toHaveLength(2);
		expect(text.match(/Chicago/g)).toHaveLength(2);
		expect(text).toContain(`(Version ${descriptor.version}) [Data set]`);
	});
});

describe.each(CHART_IDS)('the %s chart downloads', (id) => {
	let watched: Watched;
	let figure: Locator;

	beforeAll(async () => {
		watched = await openPage(browser);
		await watched.page.goto(baseUrl() + CHART_PAGES[id], { waitUntil: 'load' });
		await enhanced(watched.page);
		figure = watched.page.locator(`figure.chart#${id}`);
		await showPanel(watched.page, id, 'download');
	});
	afterAll(async () => {
		await watched?.close();
		expect(watched?.errors).toEqual([]);
		expect(watched?.offsite).toEqual([]);
	});

	it('CSV has one row per table-view row, and the ids of the marks drawn', async () => {
		const file = await download(watched.page, figure.locator('a[href$=".csv"]'));
		expect(file.name).toBe(`${id}.csv`);
		const rows = csvParse(file.body.toString('utf8'));
		const tableRows = await figure.locator('.panel-table tbody tr').count();
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.length).toBe(tableRows);
		if (id === 'deaths-per-incident' || id === 'sentence-ranges') {
			// Each layout of the chart draws one mark per row.
			const perLayout = await figure
				.locator('svg.chart-svg')
				.evaluateAll((svgs) =>
					svgs.map((s) =>
						[...s.querySelectorAll('[data-key]')].map((m) => m.getAttribute('data-key'))
					)
				);
			expect(perLayout).toHaveLength(LAYOUT_WIDTHS.length);
			for (const keys of perLayout) expect(rows.map((row) => row.id).sort()).toEqual(keys.sort());
		}
	});

	it('SVG is a standalone image with the chart title and its source', async () => {
		const file = await download(watched.page, figure.locator('a[href$=".svg"]'));
		expect(file.name).toBe(`${id}.svg`);
		const title = (await figure.locator('.chart-title').textContent())?.trim() ?? '';
		expect(title.length).toBeGreaterThan(0);
		// Parsed in a blank page: the site's CSP would report the file's <style> as a violation.
		const blank = await watched.page.context().newPage();
		const parsed = await blank.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				text: doc.documentElement.textContent ?? ''
			};
		}, file.body.toString('utf8'));
		await blank.close();
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.text).toContain(title);
		expect(parsed.text).toContain('Source:');
	});
});
