import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDONYM, LOCALES, localePath, type Locale } from '../../src/lib/i18n/locales.ts';
import { baseUrl, launch, openPage, type Watched } from './browser.ts';

/** Every English page the build wrote (pages, views of the comparison, embeds), as site paths. */
function englishPages(root = 'build'): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				// The translated editions' own folders, and the framework's assets.
				if (dir === root && (name === 'ru' || name === 'kk' || name === '_app')) continue;
				walk(full);
			} else if (name === 'index.html') {
				const folder = relative(root, dir).split(sep).join('/');
				found.push(folder ? `/${folder}/` : '/');
			}
		}
	};
	walk(root);
	return found.sort();
}

/** What a page says about its language and its other editions, read with JavaScript off. */
interface Edition {
	status: number;
	lang: string;
	ogLocale: string | null;
	/** hreflang → absolute address. */
	alternates: Record<string, string>;
	/** The switcher's links: language → site path (without the base), where the page has one. */
	switcher: Record<string, string>;
	/** The page's words, without what is marked as English (titles and names kept in English). */
	text: string;
}

async function readEdition(page: Page, path: string): Promise<Edition> {
	const response = await page.goto(baseUrl() + path);
	return {
		status: response?.status() ?? 0,
		...(await page.evaluate(() => {
			const alternates = Object.fromEntries(
				[...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
					l.getAttribute('hreflang') ?? '',
					l.getAttribute('href') ?? ''
				])
			);
			const switcher = Object.fromEntries(
				[...document.querySelectorAll('nav.languages a[hreflang]')].map((a) => [
					a.getAttribute('hreflang') ?? '',
					new URL((a as HTMLAnchorElement).href).pathname
				])
			);
			const body = document.body.cloneNode(true) as HTMLElement;
			for (const el of body.querySelectorAll('[lang]:not([lang="ru"]):not([lang="kk"])'))
				el.remove();
			for (const el of body.querySelectorAll('script, style, svg title')) el.remove();
			return {
				lang: document.documentElement.lang,
				ogLocale:
					document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
				alternates,
				switcher,
				text: body.textContent?.replace(/\s+/g, ' ') ?? ''
			};
		}))
	};
}

/** The English page's sentences: runs of at least four Latin words, the kind a translation must not keep. */
function englishSentences(text: string): string[] {
	const runs = text.match(/[A-Za-z][A-Za-z’'-]*(?:[ ,;:]+[A-Za-z][A-Za-z’'-]*){3,}/g) ?? [];
	return [...new Set(runs.map((r) => r.trim()))].filter(
		(r) => r.split(/\s+/).filter((w) => /^[A-Za-z’'-]{3,}$/.test(w)).length >= 3
	);
}

const PAGES = englishPages();
const OG: Record<Locale, string> = { en: 'en_GB', ru: 'ru_KZ', kk: 'kk_KZ' };

let browser: Browser;
let watched: Watched;
const english = new Map<string, Edition>();
beforeAll(async () => {
	browser = await launch();
	watched = await openPage(browser, { javaScriptEnabled: false });
});
afterAll(async () => {
	await watched?.close();
	await browser?.close();
});

describe('the editions', () => {
	it('has English pages to compare: the site pages, the comparison views and the embeds', () => {
		expect(PAGES).toContain('/');
		expect(PAGES.filter((p) => p.startsWith('/sentences/')).length).toBeGreaterThan(1);
		expect(PAGES.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(1);
	});

	describe.each(PAGES)('%s', (path) => {
		it.each(LOCALES)(
			'in %s: is there, says its language, and names every edition',
			async (locale) => {
				const at = localePath(locale, path);
				const edition = await readEdition(watched.page, at);
				if (locale === 'en') english.set(path, edition);
				expect(edition.status, at).toBe(200);
				expect(edition.lang).toBe(locale);
				expect(edition.ogLocale).toBe(OG[locale]);
				// Reciprocal: every edition names the same set of addresses, each its own edition's.
				const origin = new URL(edition.alternates.en ?? 'http://missing').origin;
				const expected = Object.fromEntries([
					...LOCALES.map((l) => [l, `${origin}${localePath(l, path)}`]),
					['x-default', `${origin}${path}`]
				]);
				expect(
					Object.fromEntries(
						Object.entries(edition.alternates).map(([l, href]) => [
							l,
							origin + new URL(href).pathname
						])
					)
				).toEqual(expected);
				// The switcher, where the page has the site's header, leads to the same page in each language.
				if (Object.keys(edition.switcher).length > 0) {
					const base = new URL(baseUrl()).pathname.replace(/\/$/, '');
					expect(edition.switcher).toEqual(
						Object.fromEntries(LOCALES.map((l) => [l, `${base}${localePath(l, path)}`]))
					);
				}
				if (locale !== 'en') {
					const sentences = englishSentences(english.get(path)?.text ?? '');
					const kept = sentences.filter((s) => edition.text.includes(s));
					expect(kept, `${at} keeps English sentences`).toEqual([]);
				}
			}
		);
	});
});

describe('the language switcher', () => {
	it.each([
		{ from: '/incidents/', to: 'ru' as const },
		{ from: '/ru/sentences/', to: 'kk' as const },
		{ from: '/kk/places/', to: 'en' as const }
	])('leads from $from to the same page in $to', async ({ from, to }) => {
		const { page } = watched;
		await page.goto(baseUrl() + from);
		await page.locator('nav.languages').getByRole('link', { name: ENDONYM[to] }).click();
		await page.waitForLoadState('load');
		const path = new URL(page.url()).pathname;
		expect(path).toBe(localePath(to, from.replace(/^\/(ru|kk)\//, '/')));
		expect(await page.evaluate(() => document.documentElement.lang)).toBe(to);
	});

	it('marks the current edition and names each language in itself', async () => {
		const { page } = watched;
		await page.goto(`${baseUrl()}/kk/timeline/`);
		const links = page.locator('nav.languages a');
		expect(await links.allTextContents()).toEqual(LOCALES.map((l) => ENDONYM[l]));
		expect(await page.locator('nav.languages a[aria-current]').textContent()).toBe(ENDONYM.kk);
		expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('lang')))).toEqual([
			...LOCALES
		]);
	});
});

describe('a translated page', () => {
	it.each(['ru', 'kk'] as const)(
		'in %s says near its top that it is a translation, and links the English page',
		async (locale) => {
			const { page } = watched;
			await page.goto(`${baseUrl()}/${locale}/websites/`);
			const notice = page.locator('.translation-notice');
			expect(await notice.count()).toBe(1);
			const top = await notice.evaluate((el) => el.getBoundingClientRect().top);
			const main = await page.locator('main h1').evaluate((el) => el.getBoundingClientRect().top);
			expect(top).toBeLessThan(main);
			const href = await notice.locator('a').getAttribute('href');
			expect(new URL(href ?? '', page.url()).pathname).toMatch(/\/websites\/$/);
			expect(new URL(href ?? '', page.url()).pathname).not.toMatch(/\/(ru|kk)\//);
		}
	);

	it('has no notice in English', async () => {
		const { page } = watched;
		await page.goto(`${baseUrl()}/websites/`);
		expect(await page.locator('.translation-notice').count()).toBe(0);
	});

	it.each(['ru', 'kk'] as const)(
		'in %s gives the report’s title in English with a translation beside it',
		async (locale) => {
			const { page } = watched;
			await page.goto(`${baseUrl()}/${locale}/`);
			const footer = page.locator('footer.site-footer');
			expect(await footer.locator('cite[lang="en"]').textContent()).toContain(
				'Country Reports on Terrorism 2012'
			);
			expect(await footer.textContent()).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]{4,}.*2012/);
		}
	);

	it.each(['ru', 'kk'] as const)('in %s has a not-found page of its own', async (locale) => {
		const { page } = watched;
		const response = await page.goto(`${baseUrl()}/${locale}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
	});
});
