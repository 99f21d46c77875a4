// @ts-check
// Small enhancements for pages that work without JavaScript: copy a chart's link or embed code,
// and share it where the browser can. Buttons stay hidden until this script can make them work.
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
		if (target.hasAttribute('data-copy-link')) {
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

	const start = () => {
		reveal('[data-copy-link], [data-copy-embed]', canCopy);
		reveal('[data-share]', canShare);
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
