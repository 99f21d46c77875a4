import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	citySlug,
	controlLinks,
	MAX_VIEW_PAGES,
	maxCases,
	oldLinkMap,
	pageAt,
	pageOf,
	viewPages
} from '../../../src/lib/sentences/pages.ts';
import { parseState, SORTS, toQuery } from '../../../src/lib/sentences/state.ts';
import { OLD_LINK_SCRIPT } from '../../../src/lib/sentences/old-links.js';

const CASES = [
	{ id: 'taraz-case', city: 'Taraz' },
	{ id: 'atyrau-case', city: 'Atyrau' },
	{ id: 'uralsk-case', city: 'Uralsk' }
];
const IDS = CASES.map((c) => c.id);
const pages = viewPages(CASES);

describe('citySlug', () => {
	it.each([
		['Taraz', 'taraz'],
		['Ust-Kamenogorsk', 'ust-kamenogorsk'],
		['Nur Sultan', 'nur-sultan'],
		['Kökshetau', 'kokshetau']
	])('%s is %s', (city, slug) => expect(citySlug(city)).toBe(slug));
});

describe('viewPages', () => {
	it('gives every selection in every order a page of its own', () => {
		expect(pages).toHaveLength(7 * SORTS.length);
		expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
		expect(new Set(pages.map((p) => p.name)).size).toBe(pages.length);
	});

	it.each([
		{ cases: IDS, sort: 'verdict', path: '/sentences/' },
		{ cases: IDS, sort: 'max', path: '/sentences/atyrau-taraz-uralsk/longest-maximum-first/' },
		{ cases: ['uralsk-case', 'taraz-case'], sort: 'verdict', path: '/sentences/taraz-uralsk/' },
		{ cases: ['atyrau-case'], sort: 'min', path: '/sentences/atyrau/shortest-minimum-first/' },
		{ cases: ['atyrau-case'], sort: 'convicted', path: '/sentences/atyrau/most-convicted-first/' }
	] as const)(
		'names $cases by $sort at $path, cities in alphabetical order',
		({ cases, sort, path }) => {
			expect(pageOf(pages, cases, sort).path).toBe(path);
		}
	);

	it('is reversible: each page is found again from its path', () => {
		for (const page of pages) {
			expect(pageAt(pages, page.param)).toBe(page);
			expect(pageAt(pages, `/${page.param}/`)).toBe(page);
		}
		expect(pageAt(pages, 'almaty')).toBeUndefined();
	});

	it('is stable: a case added later leaves the paths of the views without it as they were', () => {
		const more = viewPages([...CASES, { id: 'almaty-case', city: 'Almaty' }]);
		for (const page of pages.filter((p) => p.param !== '')) {
			const same = pageOf(more, page.cases, page.sort);
			expect(same.path).toBe(page.path);
		}
	});

	it('stops at its bound, saying how many pages and cases', () => {
		const six = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, city: `City ${i}` }));
		expect(() => viewPages(six)).toThrow(/252 view pages for 6 cases, more than its bound of 128/);
		expect(() => viewPages(six.slice(0, 5))).not.toThrow();
		expect(maxCases()).toBe(5);
		expect(maxCases(28, 4)).toBe(3);
		expect(maxCases(27, 4)).toBe(2);
		expect(MAX_VIEW_PAGES).toBeGreaterThanOrEqual(pages.length);
	});

	it('refuses two cases whose cities make the same path', () => {
		expect(() =>
			viewPages([
				{ id: 'a', city: 'Oral' },
				{ id: 'b', city: 'ORAL' }
			])
		).toThrow(/share the path/);
	});
});

describe('controlLinks', () => {
	it.each(pages.map((p) => [p.path, p] as const))(
		'from %s, each control leads to the view it names',
		(_, page) => {
			const links = controlLinks(page, pages, IDS);
			for (const link of links.cases) {
				const expected = link.shown
					? page.cases.filter((id) => id !== link.id)
					: [...page.cases, link.id];
				if (expected.length === 0) expect(link.to).toBeNull();
				else {
					expect(new Set(link.to?.cases)).toEqual(new Set(expected));
					expect(link.to?.sort).toBe(page.sort);
				}
			}
			expect(links.sorts.map((s) => s.sort)).toEqual([...SORTS]);
			for (const link of links.sorts) {
				expect(new Set(link.to.cases)).toEqual(new Set(page.cases));
				expect(link.to.sort).toBe(link.sort);
				expect(link.current).toBe(link.sort === page.sort);
			}
		}
	);
});

/** Runs the inline old-link script against a URL, returning where it sends the reader. */
function runOldLinkScript(url: string): string | null {
	const at = new URL(url, 'https://example.org');
	const map = oldLinkMap(pages, CASES, '');
	let sent: string | null = null;
	const documentStub = {
		getElementById: (id: string) =>
			id === 'sentence-views' ? { textContent: JSON.stringify(map) } : null,
		documentElement: { setAttribute: () => {} }
	};
	const locationStub = {
		search: at.search,
		hash: at.hash,
		replace: (to: string) => {
			sent = to;
		}
	};
	new Function('document', 'location', 'URLSearchParams', OLD_LINK_SCRIPT)(
		documentStub,
		locationStub,
		URLSearchParams
	);
	return sent;
}

describe('the old-link script', () => {
	it('sends every old link this site made to the page of its view, with its highlight', () => {
		for (let mask = 1; mask < 2 ** IDS.length; mask++) {
			const cases = IDS.filter((_, i) => mask & (2 ** i));
			for (const sort of SORTS)
				for (const highlight of [null, ...cases]) {
					const query = toQuery({ cases, sort, highlight }, IDS) || '?sort=verdict';
					const page = pageOf(pages, cases, sort);
					const city = CASES.find((c) => c.id === highlight)?.city;
					const hash = city ? `#case-${citySlug(city)}` : '';
					expect(runOldLinkScript(`/sentences/${query}`), query).toBe(`${page.path}${hash}`);
				}
		}
	});

	it.each([
		'?cases=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'?cases=,,,&sort=javascript:alert(1)',
		'?highlight=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
		'?cases=__proto__,constructor&sort=toString&highlight=__proto__',
		`?cases=${'x'.repeat(5000)}`,
		`?cases=uralsk-case&sort=${'max'.repeat(400)}`,
		'?cases=Taraz-case&sort=MAX',
		'?cases=+uralsk-case+,%20atyrau-case%20&highlight=taraz-case'
	])('reads %s as parseState does', (query) => {
		const state = parseState(new URLSearchParams(query), IDS);
		const city = CASES.find((c) => c.id === state.highlight)?.city;
		const expected = `${pageOf(pages, state.cases, state.sort).path}${city ? `#case-${citySlug(city)}` : ''}`;
		expect(runOldLinkScript(`/sentences/${query}`)).toBe(expected);
	});

	it('leaves a page without an old query alone', () => {
		expect(runOldLinkScript('/sentences/')).toBeNull();
		expect(runOldLinkScript('/sentences/?utm_source=x#sentence-ranges')).toBeNull();
	});

	it('keeps the old link’s fragment when it names no highlight', () => {
		expect(runOldLinkScript('/sentences/?sort=max#sentence-ranges')).toBe(
			`${pageOf(pages, IDS, 'max').path}#sentence-ranges`
		);
	});
});

describe('the stylesheet', () => {
	it('emphasises a highlighted row at every position the bound allows cases', () => {
		const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
		const positions = (pattern: RegExp) =>
			new Set([...css.matchAll(pattern)].map((m) => Number(m[1])));
		const wanted = Array.from({ length: maxCases() }, (_, i) => i + 1);
		for (const pattern of [
			/\.rows > g:not\(:nth-child\((\d+)\)\)/g,
			/\.rows > g:nth-child\((\d+)\) \.bar/g,
			/\.rows > g:nth-child\((\d+)\) \.label/g
		])
			expect([...positions(pattern)].sort()).toEqual(wanted);
	});
});
