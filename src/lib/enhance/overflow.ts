import { ATTR, CLASS } from './dom.ts';

// Tables wider than their box: a hint and edge shadows say that they scroll sideways.

/** The edges with more to show, for a box scrolled `left` of `max`; null when nothing scrolls. */
export function overflowEdges(left: number, max: number): string | null {
	if (max <= 1) return null;
	const edges = [];
	if (left > 1) edges.push('start');
	if (left < max - 1) edges.push('end');
	return edges.join(' ');
}

/** Keeps a scrolling table's frame marked with the edges it can scroll to. */
export function watchOverflow(box: Element): void {
	const frame = box.parentElement;
	if (!(box instanceof HTMLElement) || !frame) return;
	const update = () => {
		const edges = overflowEdges(box.scrollLeft, box.scrollWidth - box.clientWidth);
		if (edges === null) frame.removeAttribute(ATTR.overflow);
		else frame.setAttribute(ATTR.overflow, edges);
	};
	box.addEventListener('scroll', update, { passive: true });
	// Fires once after the next layout, and again when a hidden tab's table is first shown, so
	// reading the sizes never forces a layout of its own while the page starts.
	const Observer = box.ownerDocument.defaultView?.ResizeObserver;
	if (Observer) new Observer(update).observe(box);
	else update();
}

/** Watches every table under `root`. */
export function overflowIn(root: ParentNode): void {
	for (const box of root.querySelectorAll(`.${CLASS.tableScroll}`)) watchOverflow(box);
}
