import { createHash } from 'node:crypto';

// The boot script: the one inline script that calls kit.start, matched without crossing another script's end.
const BOOT = /<script>((?:(?!<\/script>)[\s\S])*?kit\.start\([\s\S]*?)<\/script>/;
const PRELOAD = /<link href="[^"]+\.js" rel="modulepreload">\s*/g;

/**
 * Waits until the page has loaded and its largest content has painted (where the browser reports
 * that, and at most 3 s), then two more frames, then imports: the page shows before any JavaScript
 * is fetched.
 */
const AFTER_PAINT =
	'const __crt_after_paint = (url) => new Promise((ready) => { let started = false; const frames = () => { if (started) return; started = true; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ready, 0))); }; const painted = () => { if (!(typeof PerformanceObserver !== "undefined" && PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint"))) return frames(); const seen = new PerformanceObserver((list) => { if (list.getEntries().length) { seen.disconnect(); frames(); } }); seen.observe({ type: "largest-contentful-paint", buffered: true }); setTimeout(frames, 3000); }; if (document.readyState === "complete") painted(); else addEventListener("load", painted, { once: true }); }).then(() => import(url));';

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
