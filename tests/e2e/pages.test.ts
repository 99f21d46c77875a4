import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, PAGES } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('every page', () => {
	it.each(PAGES)('%s loads with no console error and no off-site request', async (path) => {
		const { page, errors, offsite, close } = await openPage(browser);
		const response = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		await expect(page.locator('h1').count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		expect(offsite).toEqual([]);
		await close();
	});
});

describe('the published files', () => {
	const files = [
		'incidents.csv',
		'convictions.csv',
		'websites.csv',
		'events.csv',
		'participants.csv',
		'datapackage.json',
		'README.md'
	];
	it.each(files)('/data/%s is served byte-identical to static/data', async (file) => {
		const response = await fetch(`${baseUrl()}/data/${file}`);
		expect(response.status).toBe(200);
		const served = Buffer.from(await response.arrayBuffer());
		expect(served.equals(readFileSync(`static/data/${file}`))).toBe(true);
	});
});
