import { ATTR, CLASS, EVENTS } from './dom.ts';

// A figure's sections as tabs: Chart, Table, Sources, Download (the WAI-ARIA tabs pattern, activated on focus).

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The tab a key moves to from tab `at` of `count`, or null for a key that moves nowhere. */
export function tabAfterKey(key: string, at: number, count: number): number | null {
	const moves: Record<string, number> = {
		ArrowRight: (at + 1) % count,
		ArrowLeft: (at - 1 + count) % count,
		Home: 0,
		End: count - 1
	};
	return count > 0 && key in moves ? (moves[key] ?? null) : null;
}

function tabsOf(tab: Element): HTMLElement[] {
	const list = tab.closest('[role="tablist"]');
	return [...(list?.querySelectorAll('[role="tab"]') ?? [])].filter(
		(t): t is HTMLElement => t instanceof HTMLElement
	);
}

const panelOf = (tab: Element): HTMLElement | null =>
	tab.ownerDocument.getElementById(tab.getAttribute('aria-controls') ?? '');

/** Shows the tab's section and hides its siblings'. */
export function selectTab(tab: Element): void {
	for (const other of tabsOf(tab)) {
		const on = other === tab;
		other.setAttribute('aria-selected', String(on));
		other.tabIndex = on ? 0 : -1;
		const panel = panelOf(other);
		if (panel) panel.hidden = !on;
	}
	tab.dispatchEvent(new CustomEvent(EVENTS.tabSelected, { bubbles: true }));
}

/** Turns a figure's stacked sections into tabs; `hash` may name a section to open. */
export function makeTabs(list: Element, hash: string): void {
	if (!(list instanceof HTMLElement) || list.getAttribute(ATTR.tabsOn) === 'on') return;
	const tabs = tabsOf(list);
	const panels = tabs.map(panelOf);
	if (tabs.length === 0 || panels.some((p) => !p)) return;
	panels.forEach((panel, i) => {
		if (!panel) return;
		panel.setAttribute('role', 'tabpanel');
		panel.setAttribute('aria-labelledby', tabs[i]?.id ?? '');
		// A section with nothing to focus takes focus itself, so the keyboard reaches it after its tab.
		if (!panel.querySelector(FOCUSABLE)) panel.tabIndex = 0;
	});
	list.hidden = false;
	list.setAttribute(ATTR.tabsOn, 'on');
	const wanted = tabs.find((t) => `#${t.getAttribute('aria-controls')}` === hash);
	const first = wanted ?? tabs.find((t) => t.getAttribute('aria-selected') === 'true');
	selectTab(first ?? tabs[0] ?? list);
}

/** Makes every figure's tabs under `root` work. */
export function tabsIn(root: ParentNode, hash: string): void {
	for (const list of root.querySelectorAll(`.${CLASS.figureTabs}`)) makeTabs(list, hash);
}

/** Tabs on every figure of the page, with the keyboard and links to a section. */
export function startTabs(doc: Document): void {
	tabsIn(doc, doc.location.hash);
	doc.addEventListener('click', (event) => {
		const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
		if (tab) selectTab(tab);
	});
	doc.addEventListener('keydown', (event) => {
		const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
		if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
		const tabs = tabsOf(tab);
		const next = tabs[tabAfterKey(event.key, tabs.indexOf(tab as HTMLElement), tabs.length) ?? -1];
		if (!next) return;
		event.preventDefault();
		selectTab(next);
		next.focus();
	});
	doc.defaultView?.addEventListener('hashchange', () => {
		const id = doc.location.hash.slice(1);
		const tab = id ? doc.querySelector(`[role="tab"][aria-controls="${CSS.escape(id)}"]`) : null;
		if (tab) selectTab(tab);
	});
}
