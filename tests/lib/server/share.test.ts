import { readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/lib/server/charts.ts';
import { SITE_ORIGIN } from '../../../src/lib/server/site.ts';
import {
	cardNames,
	chartShare,
	pageShare,
	SITE_PAGES,
	sitePage
} from '../../../src/lib/server/share.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { englishWords } from '../english.ts';

const EN = langFor('en');

/** Every page under src/routes/[[lang=edition]]/(site), as the site links it. */
function routedPages(): string[] {
	const root = 'src/routes/[[lang=edition]]/(site)';
	const pages = readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(`${root}/${d.name}/+page.svelte`))
		.map((d) => `/${d.name}/`);
	return ['/', ...pages];
}

describe('SITE_PAGES', () => {
	it('lists every page of the site except the not-found page', () => {
		expect(SITE_PAGES.map((p) => p.path).sort()).toEqual(
			routedPages()
				.filter((p) => p !== '/not-found/')
				.sort()
		);
		expect(sitePage('/not-found/')).toBeUndefined();
	});

	it('gives each page its own card and a chart that exists', () => {
		const slugs = SITE_PAGES.map((p) => p.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		const ids = charts(EN).map((c) => c.id);
		for (const page of SITE_PAGES) if (page.chart) expect(ids).toContain(page.chart);
	});
});

describe.each(SITE_PAGES.map((p) => ({ path: p.path, page: p })))(
	'pageShare($path)',
	({ page }) => {
		const tags = pageShare(page, EN);

		it('has absolute URLs on the site origin: the page and its card', () => {
			expect(tags.url).toBe(`${SITE_ORIGIN}${page.path}`);
			expect(tags.image).toBe(`${SITE_ORIGIN}/cards/${page.slug}.png`);
			expect(cardNames(EN)).toContain(page.slug);
			expect(new URL(tags.image).protocol).toMatch(/^https?:$/);
		});

		it('has a title inside its document title and a description of social length', () => {
			expect(tags.documentTitle).toContain(tags.title);
			expect(tags.description.length).toBeGreaterThan(40);
			expect(tags.description.length).toBeLessThanOrEqual(200);
		});
	}
);

describe.each(charts(EN).map((c) => ({ id: c.id, spec: c })))('chartShare($id)', ({ id, spec }) => {
	it('points to the chart on its page and to the chart’s card', () => {
		const tags = chartShare(spec, EN);
		expect(tags.url).toBe(`${SITE_ORIGIN}${spec.page}#${id}`);
		expect(tags.image).toBe(`${SITE_ORIGIN}/cards/chart-${id}.png`);
		expect(cardNames(EN)).toContain(`chart-${id}`);
		expect(tags.title).toBe(spec.title);
		expect(tags.description).toBe(spec.takeaway);
	});
});

describe.each(
	(['ru', 'kk'] as const).flatMap((locale) =>
		SITE_PAGES.map((page) => ({ locale, path: page.path, page }))
	)
)('pageShare($path) in $locale', ({ locale, page }) => {
	const lang = langFor(locale);
	const tags = pageShare(page, lang);

	it('has the edition’s address and card, and no English words', () => {
		expect(tags.url).toBe(`${SITE_ORIGIN}/${locale}${page.path}`);
		expect(tags.image).toBe(`${SITE_ORIGIN}/${locale}/cards/${page.slug}.png`);
		const words = [tags.documentTitle, tags.title, tags.description, tags.imageAlt, tags.siteName];
		expect(words.flatMap((w) => englishWords(w))).toEqual([]);
		expect(tags.title).not.toBe(pageShare(page, EN).title);
		expect(tags.description.length).toBeLessThanOrEqual(200);
	});
});

describe.each(['ru', 'kk'] as const)('chartShare in %s', (locale) => {
	const lang = langFor(locale);
	it.each(charts(lang).map((c) => ({ id: c.id, spec: c })))(
		'frames $id in the edition’s words and address',
		({ id, spec }) => {
			const tags = chartShare(spec, lang);
			expect(tags.url.startsWith(`${SITE_ORIGIN}/${locale}/`)).toBe(true);
			expect(tags.image).toBe(`${SITE_ORIGIN}/${locale}/cards/chart-${id}.png`);
			// The chart's own title is its chart's engineer's to translate; the words around it are these.
			const frame = [tags.documentTitle, tags.imageAlt, tags.siteName].map((w) =>
				w.replaceAll(spec.title, '')
			);
			expect(frame.flatMap((w) => englishWords(w))).toEqual([]);
		}
	);
});
