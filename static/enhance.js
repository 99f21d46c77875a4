// @ts-check
// Small enhancements for pages that work without JavaScript: copy a chart's link or embed code,
// share it where the browser can, show a figure's sections as tabs, mark tables that scroll
// sideways, show a mark's values where the pointer, tap or focus is, and post an embed's height. Controls stay hidden
// until this script can make them work. It only sets attributes on the page's own elements and
// adds one element of its own, so a page that hydrates keeps the nodes its framework made.
(() => {
	const canCopy = Boolean(navigator.clipboard);
	const canShare = typeof navigator.share === 'function';

	/** @param {string} selector @param {boolean} on */
	function reveal(selector, on) {
		if (!on) return;
		for (const button of document.querySelectorAll(selector)) button.removeAttribute('hidden');
	}

	/** @param {Element} from @param {string} message */
	function say(from, message) {
		const status = from.closest('figure')?.querySelector('.status');
		if (status) status.textContent = message;
	}

	/** The figure's own address: its permalink as the page shows it now. @param {Element} from */
	function link(from) {
		const anchor = from.closest('figure')?.querySelector('a.permalink-link');
		return anchor instanceof HTMLAnchorElement ? anchor.href : location.href;
	}

	/** @param {string} text */
	const copy = (text) => navigator.clipboard.writeText(text);

	document.addEventListener('click', async (event) => {
		const target = event.target instanceof Element ? event.target.closest('button') : null;
		if (!target) return;
		if (target.getAttribute('role') === 'tab') {
			select(target);
		} else if (target.hasAttribute('data-copy-link')) {
			await copy(link(target)).then(
				() => say(target, 'Link copied.'),
				() => say(target, `Copy this link: ${link(target)}`)
			);
		} else if (target.hasAttribute('data-copy-embed')) {
			const code = target.closest('details')?.querySelector('textarea')?.value ?? '';
			await copy(code).then(
				() => say(target, 'Embed code copied.'),
				() => say(target, 'Select the code and copy it.')
			);
		} else if (target.hasAttribute('data-share')) {
			const title = target.closest('figure')?.querySelector('.chart-title')?.textContent ?? '';
			// A closed share sheet rejects; there is nothing to report.
			await navigator.share({ title: title.trim(), url: link(target) }).catch(() => {});
		}
	});

	// Tabs: Chart, Table, Sources, Download (the WAI-ARIA tabs pattern, activated on focus).

	const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

	/** @param {Element} tab @returns {HTMLElement[]} */
	const tabsOf = (tab) =>
		[...(tab.closest('[role="tablist"]')?.querySelectorAll('[role="tab"]') ?? [])].filter(
			(t) => t instanceof HTMLElement
		);

	/** @param {Element} tab */
	const panelOf = (tab) => document.getElementById(tab.getAttribute('aria-controls') ?? '');

	/** Shows the tab's section and hides its siblings'. @param {Element} tab */
	function select(tab) {
		for (const other of tabsOf(tab)) {
			const on = other === tab;
			other.setAttribute('aria-selected', String(on));
			other.tabIndex = on ? 0 : -1;
			const panel = panelOf(other);
			if (panel) panel.hidden = !on;
		}
		hideTip();
	}

	/** Turns a figure's stacked sections into tabs. @param {Element} list */
	function makeTabs(list) {
		if (!(list instanceof HTMLElement) || list.dataset.tabs === 'on') return;
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
		list.dataset.tabs = 'on';
		const wanted = tabs.find((t) => `#${t.getAttribute('aria-controls')}` === location.hash);
		const first = wanted ?? tabs.find((t) => t.getAttribute('aria-selected') === 'true');
		select(first ?? tabs[0] ?? list);
	}

	document.addEventListener('keydown', (event) => {
		const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
		if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
		const tabs = tabsOf(tab);
		const at = tabs.indexOf(/** @type {HTMLElement} */ (tab));
		/** @type {Record<string, HTMLElement | undefined>} */
		const moves = {
			ArrowRight: tabs[(at + 1) % tabs.length],
			ArrowLeft: tabs[(at - 1 + tabs.length) % tabs.length],
			Home: tabs[0],
			End: tabs[tabs.length - 1]
		};
		const next = moves[event.key];
		if (!next) return;
		event.preventDefault();
		select(next);
		next.focus();
	});

	addEventListener('hashchange', () => {
		const tab = document.querySelector(
			`[role="tab"][aria-controls="${CSS.escape(location.hash.slice(1))}"]`
		);
		if (tab) select(tab);
	});

	// Tables wider than their box: a hint and edge shadows say that they scroll sideways.

	/** @param {Element} box */
	function watchOverflow(box) {
		const frame = box.parentElement;
		if (!(box instanceof HTMLElement) || !frame) return;
		const update = () => {
			const max = box.scrollWidth - box.clientWidth;
			if (max <= 1) {
				frame.removeAttribute('data-overflow');
				return;
			}
			const edges = [];
			if (box.scrollLeft > 1) edges.push('start');
			if (box.scrollLeft < max - 1) edges.push('end');
			frame.setAttribute('data-overflow', edges.join(' '));
		};
		box.addEventListener('scroll', update, { passive: true });
		// Fires once after the next layout, and again when a hidden tab's table is first shown, so
		// reading the sizes never forces a layout of its own while the page starts.
		new ResizeObserver(update).observe(box);
	}

	// Values where the pointer is: the words of a mark's SVG <title>, in a box beside it.

	/** @type {HTMLElement | null} */
	let tip = null;
	/** @type {Element | null} */
	let tipFor = null;
	/** What showed the values: a pointer (mouse, pen, finger) or focus. @type {'pointer' | 'focus' | ''} */
	let tipBy = '';

	/** The mark under an element, when it has words to show. @param {EventTarget | null} target */
	function markOf(target) {
		if (!(target instanceof Element)) return null;
		const svg = target.closest('svg.chart-svg');
		for (let el = target; el && svg && el !== svg; el = el.parentElement) {
			if (!(el.matches('g[data-key], [data-mark]') && titleOf(el))) continue;
			return el;
		}
		return null;
	}

	/** @param {Element} mark */
	function titleOf(mark) {
		const title = [...mark.children].find((c) => c.localName === 'title');
		return title?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
	}

	/** @param {Element} mark @param {'pointer' | 'focus'} by */
	function showTip(mark, by) {
		if (!tip) {
			tip = document.createElement('div');
			tip.className = 'mark-tip';
			// The same words are the mark's SVG title, which assistive technology reads.
			tip.setAttribute('aria-hidden', 'true');
			document.body.append(tip);
		}
		tipFor = mark;
		tipBy = by;
		tip.textContent = titleOf(mark);
		tip.hidden = false;
		// Measured at the left edge, where nothing narrows it.
		tip.style.left = '0px';
		tip.style.top = '0px';
		const box = mark.getBoundingClientRect();
		const own = tip.getBoundingClientRect();
		const gap = 8;
		const left = Math.min(
			Math.max(gap, box.left + box.width / 2 - own.width / 2),
			innerWidth - own.width - gap
		);
		const above = box.top - own.height - gap;
		const top = above >= gap ? above : Math.min(box.bottom + gap, innerHeight - own.height - gap);
		tip.style.left = `${Math.max(gap, left)}px`;
		tip.style.top = `${Math.max(gap, top)}px`;
	}

	function hideTip() {
		if (tip) tip.hidden = true;
		tipFor = null;
		tipBy = '';
	}

	document.addEventListener('pointerover', (event) => {
		if (tip && event.target instanceof Node && tip.contains(event.target)) return;
		const mark = markOf(event.target);
		if (mark) {
			if (mark !== tipFor) showTip(mark, 'pointer');
		} else if (tipBy === 'pointer') hideTip();
	});
	document.addEventListener('pointerout', (event) => {
		// A finger lifted leaves the page; the values stay until a tap elsewhere.
		if (event.pointerType === 'touch') return;
		if (!event.relatedTarget && tipBy === 'pointer') hideTip();
	});
	document.addEventListener('focusin', (event) => {
		const mark = markOf(event.target);
		if (mark) showTip(mark, 'focus');
		else if (tipBy === 'focus') hideTip();
	});
	document.addEventListener('focusout', (event) => {
		if (tipBy === 'focus' && !markOf(event.relatedTarget)) hideTip();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && tipFor) hideTip();
	});
	addEventListener('scroll', () => tipFor && tipBy && showTip(tipFor, tipBy), { passive: true });
	addEventListener('resize', hideTip);

	// An embed page in a frame tells the framing page its height, for the self-sizing embed code.

	function postHeight() {
		const main = document.querySelector('main[data-embed]');
		if (!main || window.parent === window) return;
		const id = main.getAttribute('data-embed');
		let last = 0;
		const post = () => {
			const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
			if (height === last) return;
			last = height;
			window.parent.postMessage({ type: 'crt-embed-height', id, height }, '*');
		};
		new ResizeObserver(post).observe(main);
		addEventListener('load', post);
	}

	const start = () => {
		reveal('[data-copy-link], [data-copy-embed]', canCopy);
		reveal('[data-share]', canShare);
		for (const list of document.querySelectorAll('.figure-tabs')) makeTabs(list);
		for (const box of document.querySelectorAll('.table-scroll')) watchOverflow(box);
		postHeight();
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
