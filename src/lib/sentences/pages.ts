import { caseFragment } from '../enhance/dom.ts';
import { SORTS, sortCases, type SortKey, type SortableCase } from './state.ts';

/**
 * The comparison's views as pages. A view is a selection of cases and an order; its path names
 * the cases by their cities, alphabetically, then the order when it is not the verdicts':
 * `/sentences/atyrau-taraz/` and `/sentences/atyrau-taraz/longest-maximum-first/`. Cities read
 * better than ids and stay the same when cases are added, so a shared path keeps its cases.
 * The slugs are the English cities' in every edition: /ru/sentences/atyrau-taraz/ shows the same
 * view in Russian, so a link shared from one edition names the same cases in another.
 */

/** Path segment of each order; the verdicts' order is the default and has none. */
export const SORT_SLUGS: Record<SortKey, string> = {
	verdict: '',
	min: 'shortest-minimum-first',
	max: 'longest-maximum-first',
	convicted: 'most-convicted-first'
};

/**
 * The most view pages the build writes. Each case doubles the selections, so n cases make
 * (2^n − 1) × 4 views: 28 for 3 cases, 124 for 5; a 6th case (252) would pass the bound. Past it,
 * the comparison needs drawing in the browser instead.
 */
export const MAX_VIEW_PAGES = 128;

/** The most cases the bound allows: the largest n with (2^n − 1) × the number of orders views. */
export function maxCases(bound = MAX_VIEW_PAGES, orders = SORTS.length): number {
	let n = 0;
	while ((2 ** (n + 1) - 1) * orders <= bound) n++;
	return n;
}

export interface ViewPage {
	/** The cases shown, by id, in the data's order. */
	cases: string[];
	sort: SortKey;
	/** Site path of the page. */
	path: string;
	/** The path below /sentences/ ("" for the default view), the route's parameter. */
	param: string;
	/** Name of the page's share card, /cards/<name>.png. */
	name: string;
}

/** "taraz", "ust-kamenogorsk": a city as a path segment. */
export function citySlug(city: string): string {
	return city
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');
}

/** A view's place below /sentences/: its cities, alphabetically, and its order unless the default. */
function paramOf(cities: readonly string[], sort: SortKey, all: boolean): string {
	if (all && sort === 'verdict') return '';
	const selection = cities.map(citySlug).sort().join('-');
	return SORT_SLUGS[sort] ? `${selection}/${SORT_SLUGS[sort]}` : selection;
}

/**
 * Every view of the comparison: each selection of cases in each order. Throws when the cases would
 * make more pages than `bound`, or when two views would share a path.
 */
export function viewPages(
	cases: readonly { id: string; city: string }[],
	bound = MAX_VIEW_PAGES
): ViewPage[] {
	const count = (2 ** cases.length - 1) * SORTS.length;
	if (count > bound)
		throw new Error(
			`The sentence comparison would need ${count} view pages for ${cases.length} cases, more than its bound of ${bound} (at most ${maxCases(bound)} cases). Raise MAX_VIEW_PAGES in src/lib/sentences/pages.ts knowingly, or compare the cases in the browser instead.`
		);
	const pages: ViewPage[] = [];
	for (let mask = 1; mask < 2 ** cases.length; mask++) {
		const chosen = cases.filter((_, i) => mask & (2 ** i));
		for (const sort of SORTS) {
			const param = paramOf(
				chosen.map((c) => c.city),
				sort,
				chosen.length === cases.length
			);
			pages.push({
				cases: chosen.map((c) => c.id),
				sort,
				param,
				path: `/sentences/${param ? `${param}/` : ''}`,
				name: param ? `sentences-${param.replaceAll('/', '-')}` : 'sentences'
			});
		}
	}
	for (const key of ['path', 'name'] as const) {
		const seen = new Set<string>();
		for (const page of pages) {
			if (seen.has(page[key]))
				throw new Error(`Two views of the sentence comparison share the ${key} "${page[key]}"`);
			seen.add(page[key]);
		}
	}
	return pages;
}

const sameCases = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((id) => b.includes(id));

/** The page of the view with these cases (any order) in this order. */
export function pageOf(
	pages: readonly ViewPage[],
	cases: readonly string[],
	sort: SortKey
): ViewPage {
	const page = pages.find((p) => p.sort === sort && sameCases(p.cases, cases));
	if (!page) throw new Error(`No view of the comparison shows ${cases.join(', ')} by ${sort}`);
	return page;
}

/** The page at a path below /sentences/, or undefined for a path that is no view. */
export const pageAt = (pages: readonly ViewPage[], param: string): ViewPage | undefined =>
	pages.find((p) => p.param === param.replace(/^\/+|\/+$/g, ''));

/** Where each control of a view leads: showing or hiding each case, and each order. */
export interface ControlLinks {
	/** Every case in the data's order: shown or not, and the page that toggles it (null: the last shown). */
	cases: { id: string; shown: boolean; to: ViewPage | null }[];
	sorts: { sort: SortKey; current: boolean; to: ViewPage }[];
}

export function controlLinks(
	page: ViewPage,
	pages: readonly ViewPage[],
	ids: readonly string[]
): ControlLinks {
	return {
		cases: ids.map((id) => {
			const shown = page.cases.includes(id);
			const next = shown ? page.cases.filter((x) => x !== id) : [...page.cases, id];
			return { id, shown, to: next.length === 0 ? null : pageOf(pages, next, page.sort) };
		}),
		sorts: SORTS.map((sort) => ({
			sort,
			current: sort === page.sort,
			to: pageOf(pages, page.cases, sort)
		}))
	};
}

/** The cases a view shows, in its order. */
export function shownCases<T extends SortableCase>(page: ViewPage, all: readonly T[]): T[] {
	return sortCases(
		all.filter((c) => page.cases.includes(c.id)),
		page.sort
	);
}

/**
 * What the old-link script needs to send `?cases=…&sort=…&highlight=…` to a view's page: the ids
 * in the data's order, the orders, each view's path by its ids and order, each case's fragment.
 */
export interface OldLinkMap {
	ids: string[];
	sorts: string[];
	paths: Record<string, string>;
	frags: Record<string, string>;
}

export function oldLinkMap(
	pages: readonly ViewPage[],
	cases: readonly { id: string; city: string }[],
	base: string
): OldLinkMap {
	const ids = cases.map((c) => c.id);
	return {
		ids,
		sorts: [...SORTS],
		paths: Object.fromEntries(
			pages.map((p) => [
				`${ids.filter((id) => p.cases.includes(id)).join(',')}|${p.sort}`,
				`${base}${p.path}`
			])
		),
		frags: Object.fromEntries(cases.map((c) => [c.id, caseFragment(citySlug(c.city))]))
	};
}
