import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferHydration } from '../../../src/lib/server/defer-hydration.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const hashSource = (text: string) => `'sha256-${sha256(text)}'`;

/** A boot script shaped like SvelteKit's: two dynamic imports, then kit.start. */
const BOOT = `
				{
					const element = document.currentScript.parentElement;

					Promise.all([import("/_app/a.js"), import("/_app/b.js")]).then(([kit, app]) => kit.start(app, element, {}));
				}
			`;

const PRELOADS = [
	'<link href="/_app/immutable/entry/start.js" rel="modulepreload">',
	'<link href="/_app/immutable/entry/app.js" rel="modulepreload">',
	'<link href="/_app/immutable/nodes/0.js" rel="modulepreload">'
];
const OTHER_LINKS = [
	'<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
	'<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
	'<link href="/data/convictions.csv" rel="alternate" type="text/csv">'
];
const STYLE_HASH = "'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='";

interface PageOptions {
	/** Body of the boot script, or null for a page without one (csr = false). */
	boot?: string | null;
	/** Inline scripts before and after the boot script. */
	before?: string[];
	after?: string[];
	/** Script hashes in the CSP; by default those of every inline script on the page. */
	hashes?: string[];
}

function page({ boot = BOOT, before = [], after = [], hashes }: PageOptions = {}): string {
	const scripts = [...before, ...(boot === null ? [] : [boot]), ...after];
	const scriptSrc = ["'self'", ...(hashes ?? scripts.map(hashSource))].join(' ');
	const tag = (body: string) => `<script>${body}</script>`;
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'unsafe-hashes' ${STYLE_HASH}; base-uri 'self'">
		${PRELOADS.join('\n\t\t')}
		${OTHER_LINKS.join('\n\t\t')}
		${before.map(tag).join('\n\t\t')}
		<title>Made up</title>
	</head>
	<body>
		<div style="display: contents">
			<main><p>Made up.</p></main>
			${boot === null ? '' : tag(boot)}
		</div>
		${after.map(tag).join('\n\t\t')}
	</body>
</html>
`;
}

/** The text of every inline script, each separately. */
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

/** The source expressions of script-src in the page's CSP meta tag. */
function scriptSrc(html: string): string[] {
	const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
	const directive = csp?.[1]?.split(';').find((d) => d.trim().startsWith('script-src'));
	return directive?.trim().split(/\s+/).slice(1) ?? [];
}

function bootOf(html: string): string {
	const boots = inlineScripts(html).filter((s) => s.includes('kit.start('));
	expect(boots).toHaveLength(1);
	return boots[0]!;
}

/**
 * Runs a rewritten boot script against a fake page whose load event, frames and timers the test
 * fires by hand; the helper's own import() is routed to a recorder.
 */
function boot(script: string, readyState: 'loading' | 'complete', reportsPaint = false) {
	const painted: ((list: { getEntries: () => unknown[] }) => void)[] = [];
	// A browser that reports largest-contentful-paint entries, or (undefined) one that does not.
	const Observer = reportsPaint
		? class {
				static supportedEntryTypes = ['largest-contentful-paint'];
				constructor(private callback: (list: { getEntries: () => unknown[] }) => void) {}
				observe() {
					painted.push(this.callback);
				}
				disconnect() {}
			}
		: undefined;
	const imported: string[] = [];
	const started: unknown[] = [];
	const onLoad: (() => void)[] = [];
	const frames: (() => void)[] = [];
	const timers: (() => void)[] = [];
	// Timers set for later than now (the deferral's safety net) fire only when the test says so.
	const lateTimers: (() => void)[] = [];
	const app = { name: 'app' };
	const load = (url: string) => {
		imported.push(url);
		return Promise.resolve(
			url.endsWith('a.js') ? { start: (...args: unknown[]) => started.push(args) } : app
		);
	};
	const document = { readyState, currentScript: { parentElement: { name: 'element' } } };
	const run = new Function(
		'document',
		'addEventListener',
		'requestAnimationFrame',
		'setTimeout',
		'__record_import',
		'PerformanceObserver',
		script.replaceAll(/\bimport\(/g, '__record_import(')
	);
	run(
		document,
		(type: string, listener: () => void) => type === 'load' && onLoad.push(listener),
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => (delay > 0 ? lateTimers : timers).push(callback),
		load,
		Observer
	);
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	const drain = (queue: (() => void)[]) => queue.splice(0).forEach((f) => f());
	return {
		imported,
		started,
		app,
		settle,
		fire: {
			load: () => drain(onLoad),
			frame: () => drain(frames),
			timer: () => drain(timers),
			late: () => drain(lateTimers),
			paint: () => painted.splice(0).forEach((f) => f({ getEntries: () => [{}] }))
		}
	};
}

describe('deferHydration', () => {
	const html = page();
	const out = deferHydration(html);
	const newBoot = bootOf(out);

	it('removes every module preload', () => {
		expect(html).toContain('rel="modulepreload"');
		expect(out).not.toContain('modulepreload');
		for (const link of PRELOADS) expect(out).not.toContain(link);
	});

	it('keeps every other link', () => {
		for (const link of OTHER_LINKS) expect(out).toContain(link);
	});

	it('leaves no direct import in the boot script, but still loads the same modules', () => {
		expect(newBoot).not.toContain('import("');
		expect(newBoot).toContain('"/_app/a.js"');
		expect(newBoot).toContain('"/_app/b.js"');
		expect(newBoot).toContain('kit.start(app, element, {})');
		expect(() => new Function(newBoot)).not.toThrow();
	});

	it('puts the hash of the new boot script in the CSP in place of the old one', () => {
		expect(scriptSrc(out)).toStrictEqual(["'self'", hashSource(newBoot)]);
		expect(out).not.toContain(sha256(BOOT));
	});

	it('changes nothing else in the CSP', () => {
		const csp = (text: string) =>
			/content-security-policy" content="([^"]*)"/.exec(text)![1]!.replace(/script-src[^;]*/, '');
		expect(csp(out)).toBe(csp(html));
		expect(out).toContain(STYLE_HASH);
	});

	it('changes nothing but the preloads, the boot script and its hash', () => {
		const strip = (text: string) =>
			text
				.replace(/<script>[\s\S]*?kit\.start\([\s\S]*?<\/script>/, '<script></script>')
				.replace(/'sha256-[^']*'/, "'sha256-'")
				.replace(/<link href="[^"]+" rel="modulepreload">\s*/g, '');
		expect(strip(out)).toBe(strip(html));
	});

	it('runs an undeferred boot script straight away (so the checks below can fail)', async () => {
		const page = boot(BOOT, 'loading');
		await page.settle();
		expect(page.imported.toSorted()).toStrictEqual(['/_app/a.js', '/_app/b.js']);
		expect(page.started).toHaveLength(1);
	});

	it.each(['loading', 'complete'] as const)(
		'imports nothing until the page has loaded and painted (readyState %s)',
		async (readyState) => {
			const page = boot(newBoot, readyState);
			await page.settle();
			expect(page.imported).toStrictEqual([]);
			if (readyState === 'loading') {
				page.fire.frame();
				page.fire.timer();
				await page.settle();
				expect(page.imported, 'a frame before load starts nothing').toStrictEqual([]);
				page.fire.load();
				await page.settle();
				expect(page.imported).toStrictEqual([]);
			}
			page.fire.frame();
			await page.settle();
			page.fire.timer();
			await page.settle();
			expect(page.imported, 'one frame after load is not yet enough').toStrictEqual([]);
			page.fire.frame();
			await page.settle();
			page.fire.timer();
			await page.settle();
			expect(page.imported.toSorted()).toStrictEqual(['/_app/a.js', '/_app/b.js']);
			expect(page.started).toStrictEqual([[page.app, { name: 'element' }, {}]]);
		}
	);

	it('waits for the largest paint where the browser reports it, then two frames', async () => {
		const page = boot(newBoot, 'loading', true);
		page.fire.load();
		await page.settle();
		for (let i = 0; i < 3; i++) {
			page.fire.frame();
			page.fire.timer();
			await page.settle();
		}
		expect(page.imported, 'frames before the largest paint start nothing').toStrictEqual([]);
		page.fire.paint();
		page.fire.frame();
		page.fire.timer();
		await page.settle();
		expect(page.imported, 'one frame after it is not yet enough').toStrictEqual([]);
		page.fire.frame();
		await page.settle();
		page.fire.timer();
		await page.settle();
		expect(page.imported.toSorted()).toStrictEqual(['/_app/a.js', '/_app/b.js']);
	});

	it('does not wait more than its safety net for a paint the browser never reports', async () => {
		const page = boot(newBoot, 'complete', true);
		await page.settle();
		page.fire.frame();
		page.fire.timer();
		await page.settle();
		expect(page.imported).toStrictEqual([]);
		page.fire.late();
		for (let i = 0; i < 2; i++) {
			page.fire.frame();
			await page.settle();
		}
		page.fire.timer();
		await page.settle();
		expect(page.imported.toSorted()).toStrictEqual(['/_app/a.js', '/_app/b.js']);
	});

	it.each([
		{ name: 'a page without JavaScript', html: page({ boot: null }) },
		{
			name: 'a page with other inline scripts but no boot script',
			html: page({
				boot: null,
				before: ['window.x = 1;'],
				after: ['console.log("import(\\"x\\")")']
			})
		},
		{ name: 'a page with no CSP at all', html: '<!doctype html><p>kit.start(</p>' }
	])('returns $name unchanged', ({ html }) => {
		expect(deferHydration(html)).toBe(html);
	});

	it('refuses a boot script it does not recognise rather than pass it through undeferred', () => {
		const html = page({ boot: null, after: [] }).replace(
			'</body>',
			'<script type="module">kit.start(app, element, {});</script></body>'
		);
		expect(() => deferHydration(html)).toThrow(/does not recognise/);
	});

	it.each([
		{ name: 'no script hashes at all', hashes: [] },
		{ name: 'only a hash of some other script', hashes: [hashSource('other()')] },
		{
			name: 'a hash of the boot script with one character changed',
			hashes: [hashSource(BOOT + ' ')]
		}
	])('throws a clear error when the CSP has $name', ({ hashes }) => {
		expect(() => deferHydration(page({ hashes }))).toThrow(/CSP.*boot script|boot script.*CSP/i);
	});

	describe.each([
		{ name: 'after the boot script', before: [], after: ['window.after = 1;'] },
		{ name: 'before the boot script', before: ['window.before = 1;'], after: [] },
		{
			name: 'on both sides',
			before: ['document.documentElement.dataset.theme = "dark";'],
			after: ['console.log("done");']
		}
	])('other inline scripts $name', ({ before, after }) => {
		const html = page({ before, after });

		it('are left byte for byte, with their hashes', () => {
			const out = deferHydration(html);
			for (const script of [...before, ...after]) {
				expect(out).toContain(`<script>${script}</script>`);
				expect(scriptSrc(out)).toContain(hashSource(script));
			}
			expect(inlineScripts(out)).toHaveLength(before.length + 1 + after.length);
			expect(scriptSrc(out)).toContain(hashSource(bootOf(out)));
			expect(scriptSrc(out)).not.toContain(hashSource(BOOT));
		});
	});

	// SvelteKit serialises page data into the boot script, so any text can end up inside it.
	it.each([
		{ name: 'a dollar and ampersand', text: 'costs $& more' },
		{ name: 'a dollar and quote', text: "the group$'s funds" },
		{ name: 'a dollar and backtick', text: 'a $` b' },
		{ name: 'two dollars', text: 'US$$ 5' },
		{ name: 'a dollar and digit', text: 'US$1 million' }
	])('keeps page data with $name exactly, and hashes what it writes', ({ text }) => {
		const data = `const data = ${JSON.stringify({ summary: text })};`;
		const html = page({
			boot: BOOT.replace('const element', () => `${data}\n\t\t\t\t\tconst element`)
		});
		const out = deferHydration(html);
		const script = bootOf(out);
		expect.soft(script).toContain(data);
		expect.soft(scriptSrc(out)).toContain(hashSource(script));
	});
});

describe('the built sentences page', () => {
	const file = fileURLToPath(new URL('../../../build/sentences/index.html', import.meta.url));

	it('has one inline script, its CSP hash, and no module preloads', () => {
		// The build is made elsewhere; without it, the same checks run on a rewritten fixture.
		const html = existsSync(file) ? readFileSync(file, 'utf8') : deferHydration(page());
		const scripts = inlineScripts(html);
		expect(scripts).toHaveLength(1);
		const hashes = scriptSrc(html).filter((s) => s.startsWith("'sha256-"));
		expect(hashes).toStrictEqual([hashSource(scripts[0]!)]);
		expect(html).not.toContain('modulepreload');
		expect(scripts[0]).toContain('kit.start(');
		expect(scripts[0]).not.toContain('import("');
	});
});
