import { ATTR, EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from './dom.ts';

/** The message for a page `bottom` px tall: whole pixels, never less than the content. */
export function heightMessage(id: string, bottom: number): EmbedHeightMessage {
	return { type: EMBED_HEIGHT_MESSAGE, id, height: Math.ceil(bottom) };
}

/** An embed page in a frame tells the framing page its height, for the self-sizing embed code. */
export function startEmbedHeight(doc: Document): void {
	const win = doc.defaultView;
	const main = doc.querySelector(`main[${ATTR.embed}]`);
	if (!win || !main || win.parent === win) return;
	const id = main.getAttribute(ATTR.embed) ?? '';
	let last = 0;
	const post = () => {
		const message = heightMessage(id, main.getBoundingClientRect().bottom + win.scrollY);
		if (message.height === last) return;
		last = message.height;
		win.parent.postMessage(message, '*');
	};
	new win.ResizeObserver(post).observe(main);
	win.addEventListener('load', post);
}
