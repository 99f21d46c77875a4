import { ATTR, CLASS, EVENTS } from './dom.ts';

// Values where the pointer, a finger or the focus is: the words of a mark's SVG <title>, beside it.

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** Where the values box goes: centred above the mark, or below when there is no room, inside the window. */
export function placeTip(
	mark: Box,
	tip: { width: number; height: number },
	view: { width: number; height: number },
	gap = 8
): { left: number; top: number } {
	const left = Math.min(
		Math.max(gap, mark.left + mark.width / 2 - tip.width / 2),
		view.width - tip.width - gap
	);
	const above = mark.top - tip.height - gap;
	const below = Math.min(mark.top + mark.height + gap, view.height - tip.height - gap);
	return { left: Math.max(gap, left), top: Math.max(gap, above >= gap ? above : below) };
}

/** A mark's words: its own SVG title, white space collapsed. */
export function titleOf(mark: Element): string {
	const title = [...mark.children].find((c) => c.localName === 'title');
	return title?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The mark under an element, when it has words to show. */
export function markOf(target: EventTarget | null): Element | null {
	if (!(target instanceof Element)) return null;
	const svg = target.closest(`svg.${CLASS.chartSvg}`);
	for (let el: Element | null = target; el && svg && el !== svg; el = el.parentElement)
		if (el.matches(`g[${ATTR.key}], [${ATTR.mark}]`) && titleOf(el)) return el;
	return null;
}

/** Shows a mark's values beside it on hover, tap and focus. */
export function startValues(doc: Document): void {
	const win = doc.defaultView;
	if (!win) return;
	let tip: HTMLElement | null = null;
	let tipFor: Element | null = null;
	/** What showed the values: a pointer (mouse, pen, finger) or focus. */
	let tipBy: 'pointer' | 'focus' | '' = '';

	function show(mark: Element, by: 'pointer' | 'focus') {
		if (!tip) {
			tip = doc.createElement('div');
			tip.className = CLASS.tip;
			// The same words are the mark's SVG title, which assistive technology reads.
			tip.setAttribute('aria-hidden', 'true');
			doc.body.append(tip);
		}
		tipFor = mark;
		tipBy = by;
		tip.textContent = titleOf(mark);
		tip.hidden = false;
		// Measured at the left edge, where nothing narrows it.
		tip.style.left = '0px';
		tip.style.top = '0px';
		const at = placeTip(mark.getBoundingClientRect(), tip.getBoundingClientRect(), {
			width: win!.innerWidth,
			height: win!.innerHeight
		});
		tip.style.left = `${at.left}px`;
		tip.style.top = `${at.top}px`;
	}

	function hide() {
		if (tip) tip.hidden = true;
		tipFor = null;
		tipBy = '';
	}

	doc.addEventListener('pointerover', (event) => {
		if (tip && event.target instanceof Node && tip.contains(event.target)) return;
		const mark = markOf(event.target);
		if (mark) {
			if (mark !== tipFor) show(mark, 'pointer');
		} else if (tipBy === 'pointer') hide();
	});
	doc.addEventListener('pointerout', (event) => {
		// A finger lifted leaves the page; the values stay until a tap elsewhere.
		if (event.pointerType === 'touch') return;
		if (!event.relatedTarget && tipBy === 'pointer') hide();
	});
	doc.addEventListener('focusin', (event) => {
		const mark = markOf(event.target);
		if (mark) show(mark, 'focus');
		else if (tipBy === 'focus') hide();
	});
	doc.addEventListener('focusout', (event) => {
		if (tipBy === 'focus' && !markOf(event.relatedTarget)) hide();
	});
	doc.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && tipFor) hide();
	});
	doc.addEventListener(EVENTS.tabSelected, hide);
	doc.addEventListener(EVENTS.viewShown, hide);
	win.addEventListener('scroll', () => tipFor && tipBy && show(tipFor, tipBy), { passive: true });
	win.addEventListener('resize', hide);
}
