// Measures a page as laid out: sideways overflow, text out of reach and the size of each chart.
import type { Frame, Page } from 'playwright-core';

/** No chart text is rendered smaller than this, in CSS px, at any width. */
export const MIN_CHART_TEXT = 12;

/** What the layout looks like at the current width, measured in the page. */
export interface Layout {
	innerWidth: number;
	scrollWidth: number;
	/** The innermost elements reaching past the right edge, named with their text. */
	culprits: string[];
	/**
	 * Every figure.chart: how many drawings (svg[role="img"]) it holds, how many of them show, and
	 * the size of the one that shows, as laid out.
	 */
	charts: { id: string; svgs: number; shown: number; width: number; height: number }[];
	/** The smallest chart text as rendered (font size × the drawing's scale), with its words. */
	smallestChartText: { px: number; text: string } | null;
	/** Text that lies outside the viewport horizontally and cannot be scrolled to. */
	textOutside: string[];
	/** Chart text cut off: outside the viewport, or outside its svg's box where the svg clips it. */
	textOutsideSvg: string[];
}

export function measureLayout(page: Page | Frame): Promise<Layout> {
	return page.evaluate(() => {
		const limit = window.innerWidth;
		const name = (el: Element) =>
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			[...el.classList].map((c) => `.${c}`).join('');
		const short = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
		/** Some ancestor scrolls or hides horizontal overflow, so the page itself does not widen. */
		const contained = (el: Element) => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
				if (getComputedStyle(a).overflowX !== 'visible') return true;
			return false;
		};
		/** Some ancestor lets the reader scroll sideways to it. */
		const scrollable = (el: Element) => {
			for (let a: Element | null = el; a && a !== document.body; a = a.parentElement)
				if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
			return false;
		};
		/** Screen-reader-only text: clipped to a pixel on purpose. */
		const visuallyHidden = (el: Element) => {
			for (let a: Element | null = el; a; a = a.parentElement) {
				const style = getComputedStyle(a);
				if (style.clip !== 'auto' && style.clip !== '') return true;
				if (style.clipPath !== 'none' && style.position === 'absolute') return true;
				const box = a.getBoundingClientRect();
				if (style.position === 'absolute' && box.width <= 1 && box.height <= 1) return true;
			}
			return false;
		};

		// An element's own box, or the text or children spilling out of it unless it scrolls them.
		const wide = [...document.querySelectorAll('body *')].filter((el) => {
			const box = el.getBoundingClientRect();
			const scrolls = el instanceof SVGElement || getComputedStyle(el).overflowX !== 'visible';
			const spill = scrolls ? 0 : box.left + el.scrollWidth;
			return Math.max(box.right, spill) > limit + 0.5 && !contained(el);
		});
		const culprits = wide
			.filter((el) => !wide.some((other) => other !== el && el.contains(other)))
			.slice(0, 5)
			.map((el) => {
				const box = el.getBoundingClientRect();
				const right = Math.max(box.right, box.left + el.scrollWidth);
				return `${name(el)} to ${Math.round(right)} px: "${short(el.textContent)}"`;
			});

		/** Drawn and visible: not display:none, visibility:hidden, or inside something that is. */
		const shows = (el: Element) =>
			el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
		const charts = [...document.querySelectorAll('figure.chart')].map((figure) => {
			const svgs = [...figure.querySelectorAll('svg[role="img"]')];
			const shown = svgs.filter(shows);
			const box = shown[0]?.getBoundingClientRect();
			return {
				id: figure.id,
				svgs: svgs.length,
				shown: shown.length,
				width: box?.width ?? 0,
				height: box?.height ?? 0
			};
		});

		let smallestChartText: { px: number; text: string } | null = null;
		for (const svg of document.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
			if (!shows(svg)) continue;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			for (const text of svg.querySelectorAll('text')) {
				if (!text.textContent?.trim() || !shows(text)) continue;
				const px = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (!smallestChartText || px < smallestChartText.px) {
					smallestChartText = {
						px,
						text: `${svg.closest('[id]')?.id}: "${short(text.textContent)}"`
					};
				}
			}
		}

		/** Positioned wholly off-screen on purpose, like a skip link until it has the focus. */
		const movedAway = (el: Element, rects: DOMRect[]) => {
			if (!rects.every((r) => r.right <= 0 || r.left >= limit)) return false;
			for (let a: Element | null = el; a; a = a.parentElement)
				if (/absolute|fixed/.test(getComputedStyle(a).position)) return true;
			return false;
		};

		const textOutside: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim() || parent.closest('svg')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const rects = [...range.getClientRects()].filter((r) => r.width > 0);
			const outside = rects.some((r) => r.left < -0.5 || r.right > limit + 0.5);
			if (outside && !scrollable(parent) && !visuallyHidden(parent) && !movedAway(parent, rects)) {
				textOutside.push(`${name(parent)}: "${short(node.textContent)}"`);
			}
		}

		const textOutsideSvg: string[] = [];
		for (const svg of document.querySelectorAll('figure.chart svg[role="img"]')) {
			if (!shows(svg)) continue;
			const frame = svg.getBoundingClientRect();
			// Text past the svg's box shows only where the svg lets it overflow, and never off-screen.
			const clips = getComputedStyle(svg).overflow !== 'visible';
			const left = clips ? frame.left : 0;
			const right = clips ? frame.right : limit;
			if (scrollable(svg)) continue;
			for (const text of svg.querySelectorAll('text')) {
				const box = text.getBoundingClientRect();
				if (box.width === 0 || !text.textContent?.trim()) continue;
				const out =
					box.left < left - 0.5 ||
					box.right > right + 0.5 ||
					(clips && (box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5));
				if (out) textOutsideSvg.push(`${svg.closest('figure')?.id}: "${short(text.textContent)}"`);
			}
		}

		return {
			innerWidth: limit,
			scrollWidth: document.scrollingElement?.scrollWidth ?? Number.NaN,
			culprits,
			charts,
			smallestChartText,
			textOutside,
			textOutsideSvg
		};
	});
}
