import { revealButtons } from './copy.ts';
import { ATTR, CLASS, COMPARISON, EVENTS, caseFragment } from './dom.ts';
import { overflowIn } from './overflow.ts';
import { selectTab, tabsIn } from './tabs.ts';

// The comparison's views are prerendered pages linked from its controls. Where scripts run, moving
// to another view fetches that page (already fetched when the pointer or focus reached the link)
// and swaps the comparison in place, so the move is quick, the scroll stays and the focus stays
// on the control used. A case's details show where the pointer or focus rests on it.

/** Whether a click should be left to the browser: another button, a modifier, another window. */
export function leftToBrowser(event: {
	button: number;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	defaultPrevented: boolean;
}): boolean {
	return (
		event.defaultPrevented ||
		event.button !== 0 ||
		event.altKey ||
		event.ctrlKey ||
		event.metaKey ||
		event.shiftKey
	);
}

/** The head elements a view sets, each by what it is: its title, description, address and card. */
export const HEAD_TAGS = 'meta[name="description"], meta[property^="og:"], link[rel="canonical"]';

/** A head element's key: which of a page's tags it is. */
export function headKey(el: Element): string {
	return el.getAttribute('property') ?? el.getAttribute('name') ?? `rel:${el.getAttribute('rel')}`;
}

/** Makes the document's head say what the other page's head says about its view. */
export function copyHead(to: Document, from: Document): void {
	to.title = from.title;
	const fresh = new Map([...from.head.querySelectorAll(HEAD_TAGS)].map((el) => [headKey(el), el]));
	for (const el of to.head.querySelectorAll(HEAD_TAGS)) {
		const other = fresh.get(headKey(el));
		if (!other) continue;
		for (const name of ['content', 'href'])
			if (other.hasAttribute(name)) el.setAttribute(name, other.getAttribute(name) ?? '');
	}
}

/**
 * Replaces the comparison in `doc` with the one in `html`, another view's page. Returns false,
 * changing nothing, when that page has no comparison.
 */
export function swapView(doc: Document, html: string, focusId: string | null): boolean {
	const next = new DOMParser().parseFromString(html, 'text/html');
	const incoming = next.getElementById(COMPARISON.root);
	const current = doc.getElementById(COMPARISON.root);
	if (!incoming || !current) return false;
	// The sections the reader had open stay open.
	const open = [...current.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.id);
	const root = doc.importNode(incoming, true);
	current.replaceWith(root);
	copyHead(doc, next);
	tabsIn(root, '');
	for (const id of open) {
		const tab = doc.getElementById(id);
		if (tab && root.contains(tab)) selectTab(tab);
	}
	overflowIn(root);
	revealButtons(root);
	const control = focusId ? doc.getElementById(focusId) : null;
	if (control instanceof HTMLElement) control.focus({ preventScroll: true });
	doc.dispatchEvent(new CustomEvent(EVENTS.viewShown));
	return true;
}

/**
 * Marks the details of case `slug` as shown (and only those), or none for null. Details shown only
 * because a row is pointed at or focused are inert: the keyboard goes on to the next row, and the
 * words are the row's own title; the details a fragment names keep their link.
 */
export function showDetails(doc: Document, slug: string | null): void {
	const wanted = slug === null ? null : caseFragment(slug);
	for (const detail of doc.querySelectorAll(`[${ATTR.shown}]`))
		if (detail.id !== wanted) {
			detail.removeAttribute(ATTR.shown);
			detail.removeAttribute('inert');
		}
	const detail = wanted ? doc.getElementById(wanted) : null;
	if (!detail || detail.hasAttribute(ATTR.shown)) return;
	detail.setAttribute(ATTR.shown, '');
	if (!detail.matches(':target')) detail.setAttribute('inert', '');
}

const caseOf = (target: EventTarget | null): Element | null =>
	target instanceof Element ? target.closest(`[${ATTR.caseRef}]`) : null;

const viewLinkOf = (target: EventTarget | null): HTMLAnchorElement | null => {
	const link = target instanceof Element ? target.closest(`a[${ATTR.viewLink}]`) : null;
	return link instanceof HTMLAnchorElement ? link : null;
};

/** Quick moves between the comparison's views, and its cases' details on hover, tap and focus. */
export function startViews(doc: Document): void {
	const win = doc.defaultView;
	if (!win || !doc.getElementById(COMPARISON.root)) return;
	const pages = new Map<string, Promise<string>>();
	const fetchPage = (url: string) => {
		let page = pages.get(url);
		if (!page) {
			page = win
				.fetch(url)
				.then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))));
			// A failed fetch is tried again next time, or left to the browser.
			page.catch(() => pages.delete(url));
			pages.set(url, page);
		}
		return page;
	};
	let shownPath = win.location.pathname;

	async function go(url: string, focusId: string | null, push: boolean) {
		const target = new URL(url, win!.location.href);
		try {
			const html = await fetchPage(target.pathname);
			if (!swapView(doc, html, focusId)) throw new Error('not a view');
			shownPath = target.pathname;
			if (push) win!.history.pushState(null, '', target.pathname);
		} catch {
			win!.location.assign(target.href);
		}
	}

	const prefetch = (event: Event) => {
		const link = viewLinkOf(event.target);
		if (link) fetchPage(new URL(link.href).pathname).catch(() => {});
	};
	doc.addEventListener('pointerover', prefetch);
	doc.addEventListener('focusin', prefetch);
	doc.addEventListener('touchstart', prefetch, { passive: true });

	doc.addEventListener('click', (event) => {
		const link = viewLinkOf(event.target);
		if (link && !leftToBrowser(event)) {
			event.preventDefault();
			void go(link.href, link.id || null, true);
			return;
		}
		// A tap or click on a case's row shows its details, as its highlight link does.
		const row = caseOf(event.target);
		const slug = row?.closest(`svg.${CLASS.chartSvg}`) ? row.getAttribute(ATTR.caseRef) : null;
		if (!slug) return;
		const y = win.scrollY;
		win.location.replace(`#${caseFragment(slug)}`);
		win.scrollTo(win.scrollX, y);
		doc.getElementById(caseFragment(slug))?.scrollIntoView({ block: 'nearest' });
	});
	win.addEventListener('hashchange', () => {
		const target = doc.querySelector(':target');
		if (target?.hasAttribute('inert') && target.hasAttribute(ATTR.shown))
			target.removeAttribute('inert');
	});
	win.addEventListener('popstate', () => {
		if (win.location.pathname !== shownPath) void go(win.location.href, null, false);
	});

	doc.addEventListener('pointerover', (event) => {
		const on = caseOf(event.target);
		if (on) showDetails(doc, on.getAttribute(ATTR.caseRef));
	});
	doc.addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'touch' && caseOf(event.target) && !caseOf(event.relatedTarget))
			showDetails(doc, null);
	});
	doc.addEventListener('focusin', (event) => {
		showDetails(doc, caseOf(event.target)?.getAttribute(ATTR.caseRef) ?? null);
	});
}
