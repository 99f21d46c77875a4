// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actionOf, saying, startCopy } from '../../../src/lib/enhance/copy.ts';
import { ATTR, SAYS } from '../../../src/lib/enhance/dom.ts';
import { makeTabs, startTabs } from '../../../src/lib/enhance/tabs.ts';
import { markOf, titleOf } from '../../../src/lib/enhance/values.ts';
import { copyHead, showDetails, swapView } from '../../../src/lib/enhance/views.ts';

/** A figure as Figure.svelte writes it: tabs, sections, a status with its words, the buttons. */
const figure = (id: string) => `
<figure class="chart" id="${id}">
	<h2 class="chart-title">Title ${id}</h2>
	<div class="figure-tabs" role="tablist" hidden>
		<button role="tab" id="${id}-tab-chart" aria-controls="${id}-panel-chart" aria-selected="true">Chart</button>
		<button role="tab" id="${id}-tab-table" aria-controls="${id}-panel-table" aria-selected="false">Table</button>
	</div>
	<section id="${id}-panel-chart"><svg class="chart-svg"><g data-key="a"><title>A:  5
	years</title><rect data-mark="range"></rect></g><g><rect></rect></g></svg></section>
	<section id="${id}-panel-table"><table></table></section>
	<a class="permalink-link" href="/sentences/#${id}">Link</a>
	<button ${ATTR.copyLink} hidden>Copy link</button>
	<button ${ATTR.share} hidden>Share</button>
	<span class="status" ${SAYS.linkCopied}="Ссылка скопирована." ${SAYS.linkFailed}="Copy: "></span>
</figure>`;

beforeEach(() => {
	document.head.innerHTML = '';
	document.body.innerHTML = '';
});

describe('tabs', () => {
	it('turns stacked sections into tabs, one shown, and opens the section a link names', () => {
		document.body.innerHTML = figure('f');
		const list = document.querySelector('.figure-tabs') as HTMLElement;
		makeTabs(list, '#f-panel-table');
		expect(list.hidden).toBe(false);
		expect(list.getAttribute(ATTR.tabsOn)).toBe('on');
		expect(document.getElementById('f-panel-chart')?.hidden).toBe(true);
		expect(document.getElementById('f-panel-table')?.hidden).toBe(false);
		expect(document.getElementById('f-tab-table')?.getAttribute('aria-selected')).toBe('true');
		expect(document.getElementById('f-panel-table')?.getAttribute('role')).toBe('tabpanel');
	});

	it('moves with the arrow keys and shows the section it moves to', () => {
		document.body.innerHTML = figure('f');
		startTabs(document);
		const chart = document.getElementById('f-tab-chart') as HTMLElement;
		chart.focus();
		chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		expect(document.activeElement?.id).toBe('f-tab-table');
		expect(document.getElementById('f-panel-table')?.hidden).toBe(false);
		expect(document.getElementById('f-panel-chart')?.hidden).toBe(true);
	});
});

describe('copy and share', () => {
	it('knows its buttons by their attributes', () => {
		document.body.innerHTML = figure('f');
		const [link, share] = [...document.querySelectorAll('button:not([role])')];
		expect(actionOf(link as Element)).toBe('copy-link');
		expect(actionOf(share as Element)).toBe('share');
		expect(actionOf(document.getElementById('f-tab-chart') as Element)).toBeNull();
	});

	it('says what the page gives it to say, in the page’s words', async () => {
		document.body.innerHTML = figure('f');
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		startCopy(document);
		const button = document.querySelector(`[${ATTR.copyLink}]`) as HTMLButtonElement;
		expect(button.hidden).toBe(false);
		button.click();
		await vi.waitFor(() =>
			expect(document.querySelector('.status')?.textContent).toBe('Ссылка скопирована.')
		);
		expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/sentences\/#f$/));
		expect(saying(document.querySelector('.status') as Element, 'linkFailed')).toBe('Copy: ');
	});
});

describe('values on hover', () => {
	it('finds the mark under an element and reads its title, white space collapsed', () => {
		document.body.innerHTML = figure('f');
		const rect = document.querySelector('rect') as Element;
		const mark = markOf(rect);
		expect(mark?.getAttribute('data-key')).toBe('a');
		expect(titleOf(mark as Element)).toBe('A: 5 years');
		// A shape without words of its own is no mark.
		expect(markOf(document.querySelectorAll('rect')[1] ?? null)).toBeNull();
		expect(markOf(document.body)).toBeNull();
	});
});

describe('moving between views', () => {
	const viewPage = (title: string, rows: string[], canonical: string) => `<!doctype html>
<html><head><title>${title}</title><meta name="description" content="About ${title}">
<link rel="canonical" href="${canonical}"><meta property="og:image" content="${canonical}card.png"></head>
<body><div id="comparison">
	<nav><a id="control-case-a" href="/x/" ${ATTR.viewLink}>Hide A</a><a id="control-sort-max" href="/y/" ${ATTR.viewLink}>Longest</a></nav>
	${figure('sentence-ranges')}
	<ol class="rows">${rows.map((r) => `<li>${r}</li>`).join('')}</ol>
	${rows.map((r) => `<section class="case-detail" id="case-${r}"></section>`).join('')}
</div></body></html>`;

	it('swaps the comparison for the next view’s, with its head, tabs and focus', () => {
		document.documentElement.innerHTML = new DOMParser().parseFromString(
			viewPage('All', ['a', 'b'], '/sentences/'),
			'text/html'
		).documentElement.innerHTML;
		startTabs(document);
		document.getElementById('sentence-ranges-tab-table')?.click();
		const swapped = swapView(
			document,
			viewPage('Only B', ['b'], '/sentences/b/'),
			'control-sort-max'
		);
		expect(swapped).toBe(true);
		expect([...document.querySelectorAll('.rows li')].map((li) => li.textContent)).toEqual(['b']);
		expect(document.title).toBe('Only B');
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
			'/sentences/b/'
		);
		expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
			'About Only B'
		);
		expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			'/sentences/b/card.png'
		);
		expect(document.activeElement?.id).toBe('control-sort-max');
		// The section the reader had open stays open.
		expect(document.getElementById('sentence-ranges-panel-table')?.hidden).toBe(false);
		expect(document.querySelectorAll('#comparison')).toHaveLength(1);
	});

	it('changes nothing for a page without a comparison', () => {
		document.body.innerHTML = '<div id="comparison"><p>kept</p></div>';
		expect(swapView(document, '<html><body><p>not a view</p></body></html>', null)).toBe(false);
		expect(document.querySelector('#comparison p')?.textContent).toBe('kept');
	});

	it('shows the details of one case at a time', () => {
		document.body.innerHTML = '<section id="case-a"></section><section id="case-b"></section>';
		showDetails(document, 'a');
		expect(document.querySelectorAll(`[${ATTR.shown}]`)).toHaveLength(1);
		// Shown for a pointer or focus only: out of the keyboard's way.
		expect(document.getElementById('case-a')?.hasAttribute('inert')).toBe(true);
		showDetails(document, 'b');
		expect([...document.querySelectorAll(`[${ATTR.shown}]`)].map((e) => e.id)).toEqual(['case-b']);
		expect(document.getElementById('case-a')?.hasAttribute('inert')).toBe(false);
		showDetails(document, null);
		expect(document.querySelectorAll(`[${ATTR.shown}]`)).toHaveLength(0);
		expect(document.querySelectorAll('[inert]')).toHaveLength(0);
	});

	it('copies only the tags both heads have', () => {
		document.head.innerHTML = '<title>Old</title><meta name="description" content="old">';
		const next = new DOMParser().parseFromString(
			'<html><head><title>New</title><meta name="description" content="new"><meta property="og:title" content="x"></head></html>',
			'text/html'
		);
		copyHead(document, next);
		expect(document.title).toBe('New');
		expect(document.head.querySelectorAll('meta')).toHaveLength(1);
		expect(document.querySelector('meta')?.getAttribute('content')).toBe('new');
	});
});
