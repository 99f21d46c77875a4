import { createHash } from 'node:crypto';

// The boot script: the one inline script that calls kit.start, matched without crossing another script's end.
const BOOT = /<script>((?:(?!<\/script>)[\s\S])*?kit\.start\([\s\S]*?)<\/script>/;
const PRELOAD = /<link href="[^"]+\.js" rel="modulepreload">\s*/g;

/** Waits for the page to load and paint two frames, then imports: the page shows before any JavaScript is fetched. */
const AFTER_PAINT =
	'const __crt_after_paint = (url) => new Promise((ready) => { const go = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ready, 0))); if (document.readyState === "complete") go(); else addEventListener("load", go, { once: true }); }).then(() => import(url));';

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * Defers SvelteKit's hydration until after the page has loaded and painted: drops the module
 * preloads, makes the boot script import after paint, and swaps the boot script's hash in the
 * Content-Security-Policy for the new one. Pages without the boot script (csr = false) pass unchanged.
 */
export function deferHydration(html: string): string {
	const boot = BOOT.exec(html);
	if (!boot || boot[1] === undefined) {
		// A page that starts SvelteKit in a way this does not recognise must not slip through.
		if (/<script[^>]*>(?:(?!<\/script>)[\s\S])*kit\.start\(/.test(html)) {
			throw new Error(
				'deferHydration: a script starts SvelteKit in a form this does not recognise'
			);
		}
		return html;
	}
	const before = boot[1];
	const after = `${AFTER_PAINT}${before.replaceAll('import("', '__crt_after_paint("')}`;
	const oldHash = `'sha256-${sha256(before)}'`;
	if (!html.includes(oldHash)) {
		throw new Error(
			'deferHydration: the page has no CSP hash for its boot script; check kit.csp.mode'
		);
	}
	return html
		.replace(PRELOAD, '')
		.replace(boot[0], () => `<script>${after}</script>`)
		.replace(oldHash, `'sha256-${sha256(after)}'`);
}
