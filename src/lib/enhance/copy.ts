import { ATTR, CLASS, SAYS, type Saying } from './dom.ts';

/** What a copy or share button does, by the attribute it carries. */
export type Action = 'copy-link' | 'copy-embed' | 'share';

/** The action of a button, or null for a button that is not ours. */
export function actionOf(button: Element): Action | null {
	if (button.hasAttribute(ATTR.copyLink)) return 'copy-link';
	if (button.hasAttribute(ATTR.copyEmbed)) return 'copy-embed';
	if (button.hasAttribute(ATTR.share)) return 'share';
	return null;
}

/** The words the page gives for a saying, on the figure's status element ('' when it gives none). */
export function saying(status: Element, which: Saying): string {
	return status.getAttribute(SAYS[which]) ?? '';
}

/** The figure's own address: its permalink as the page shows it now. */
export function linkOf(from: Element, fallback: string): string {
	const anchor = from.closest('figure')?.querySelector(`a.${CLASS.permalink}`);
	return anchor instanceof HTMLAnchorElement ? anchor.href : fallback;
}

function say(from: Element, which: Saying, extra = ''): void {
	const status = from.closest('figure')?.querySelector(`.${CLASS.status}`);
	if (status) status.textContent = `${saying(status, which)}${extra}`;
}

/** Shows the copy and share buttons under `root` that the browser can make work. */
export function revealButtons(root: ParentNode): void {
	const nav = (root.ownerDocument ?? (root as Document)).defaultView?.navigator;
	const canCopy = Boolean(nav?.clipboard);
	const canShare = typeof nav?.share === 'function';
	for (const button of root.querySelectorAll(`[${ATTR.copyLink}], [${ATTR.copyEmbed}]`))
		if (canCopy) button.removeAttribute('hidden');
	for (const button of root.querySelectorAll(`[${ATTR.share}]`))
		if (canShare) button.removeAttribute('hidden');
}

/** Shows the copy and share buttons the browser can make work, and makes them work. */
export function startCopy(doc: Document): void {
	const nav = doc.defaultView?.navigator;
	revealButtons(doc);

	doc.addEventListener('click', async (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		const action = button ? actionOf(button) : null;
		if (!button || !action || !nav) return;
		const link = linkOf(button, doc.location.href);
		if (action === 'copy-link') {
			await nav.clipboard.writeText(link).then(
				() => say(button, 'linkCopied'),
				() => say(button, 'linkFailed', link)
			);
		} else if (action === 'copy-embed') {
			const code = button.closest('details')?.querySelector('textarea')?.value ?? '';
			await nav.clipboard.writeText(code).then(
				() => say(button, 'embedCopied'),
				() => say(button, 'embedFailed')
			);
		} else {
			const title = button.closest('figure')?.querySelector(`.${CLASS.chartTitle}`)?.textContent;
			// A closed share sheet rejects; there is nothing to report.
			await nav.share({ title: (title ?? '').trim(), url: link }).catch(() => {});
		}
	});
}
