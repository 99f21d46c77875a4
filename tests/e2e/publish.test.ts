import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.ts';
import { serve } from '../../scripts/serve.js';
import { renderPng } from '../../src/lib/server/png.ts';
import { launch, PAGES } from './browser.ts';

const ROOT = process.cwd();
const ORIGIN = 'https://figures.example.org';
const BASE = '/crt-dashboard';
/** The address every shareable output must carry. */
const ADDRESS = `${ORIGIN}${BASE}`;

/** Runs the build script in `cwd` with `env` added; resolves with its exit code and its output. */
function build(
	cwd: string,
	env: Record<string, string | undefined>
): Promise<{ code: number | null; output: string }> {
	const merged: Record<string, string | undefined> = { ...process.env, ...env };
	for (const name of ['CRT_BUILD_DIR', 'CRT_BUILD_ID', 'PORT']) delete merged[name];
	for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['scripts/build.js'], { cwd, env: merged });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, output }));
	});
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

let dir: string;
let out: string;
let result: { code: number | null; output: string };
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
	dir = copyProject('crt-publish-');
	result = await build(dir, { SITE_ORIGIN: ORIGIN, CRT_BASE_PATH: BASE });
	out = join(dir, 'build');
	server = await serve({ root: out, port: 0, gzip: true, basePath: BASE });
	browser = await launch();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`a build for ${ADDRESS}/`, () => {
	it('succeeds and names the address it was built for', () => {
		expect(result.code, result.output).toBe(0);
		expect(result.output).toContain(`Built build/ for ${ADDRESS}/ in `);
	});

	it('prints no deprecation warning and no plugin timings', () => {
		expect(result.output).not.toMatch(/deprecated/i);
		expect(result.output).not.toMatch(/PLUGIN_TIMINGS|callbacks ran for/);
	});

	it('holds no file, nor file inside the ZIP, that names localhost or 127.0.0.1', () => {
		const found: string[] = [];
		const files = filesUnder(out);
		expect(files.length).toBeGreaterThan(100);
		for (const file of files) {
			const bytes = readFileSync(join(out, file));
			const texts: [string, string][] =
				extname(file) === '.zip'
					? Object.entries(unzipSync(bytes)).map(([name, data]) => [
							`${file}:${name}`,
							strFromU8(data)
						])
					: [[file, bytes.toString('latin1')]];
			expect(texts.length).toBeGreaterThan(0);
			for (const [name, text] of texts) if (/localhost|127\.0\.0\.1/.test(text)) found.push(name);
		}
		expect(found).toEqual([]);
	});

	it('serves its pages only under the base path', async () => {
		const root = new URL(server.url).origin;
		expect((await fetch(`${root}/incidents/`)).status).toBe(404);
		expect((await fetch(`${server.url}/incidents/`)).status).toBe(200);
		const bare = await fetch(server.url, { redirect: 'manual' });
		expect(bare.status).toBe(308);
		expect(bare.headers.get('location')).toBe(`${BASE}/`);
	});
});

/** What one page links to and embeds, read by the browser from the served HTML, scripts off. */
interface PageRefs {
	urls: string[];
	embedFrames: string[];
	text: string;
}

async function refsOf(page: Page, url: string): Promise<PageRefs> {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(200);
	return page.evaluate(() => {
		const urls: string[] = [];
		const take = (value: string | null) => {
			if (value) urls.push(new URL(value, document.baseURI).href);
		};
		for (const element of document.querySelectorAll('[href], [src], [content], [srcset]')) {
			take(element.getAttribute('href'));
			take(element.getAttribute('src'));
			const content = element.getAttribute('content');
			if (content && /^https?:\/\//.test(content)) take(content);
			for (const part of (element.getAttribute('srcset') ?? '').split(','))
				take(part.trim().split(/\s+/)[0] || null);
		}
		// Embed codes are text for the reader to copy; their frames are read as HTML here.
		const embedFrames = [...document.querySelectorAll('textarea')].flatMap((area) =>
			[...new DOMParser().parseFromString(area.value, 'text/html').querySelectorAll('iframe')].map(
				(frame) => frame.getAttribute('src') ?? ''
			)
		);
		return { urls, embedFrames, text: document.body.innerText };
	});
}

describe('every same-site link, script, image and download', () => {
	const pages = new Map<string, PageRefs>();

	beforeAll(async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		// Every page the site links to, found from the home page.
		const queue = [`${server.url}/`];
		while (queue.length > 0) {
			const next = queue.shift() as string;
			if (pages.has(next)) continue;
			const refs = await refsOf(page, next);
			pages.set(next, refs);
			for (const url of refs.urls) {
				const local = url.split('#')[0] as string;
				if (local.startsWith(`${server.url}/`) && local.endsWith('/') && !pages.has(local))
					queue.push(local);
			}
		}
		await context.close();
	}, 120_000);

	it('reaches every page of the build', () => {
		// Every view of the comparison is a page, and its embed page is named by that page's embed code.
		const built = filesUnder(out)
			.filter((file) => file.endsWith('index.html'))
			.map((file) => `${server.url}/${file.slice(0, -'index.html'.length)}`);
		expect(built.length).toBeGreaterThan(10);
		const reached = new Set([
			...pages.keys(),
			...[...pages.values()].flatMap((refs) =>
				refs.embedFrames.map((src) => src.replace(ORIGIN, new URL(server.url).origin))
			)
		]);
		expect(built.filter((url) => !reached.has(url))).toEqual([]);
	});

	it('answers 200 under the base path, the absolute addresses included', async () => {
		const local = new URL(server.url).origin;
		const checked = new Map<string, number>();
		const outside: string[] = [];
		for (const refs of pages.values())
			for (const url of refs.urls) {
				const parsed = new URL(url);
				if (parsed.origin !== local && parsed.origin !== ORIGIN) continue;
				if (!parsed.pathname.startsWith(`${BASE}/`)) outside.push(url);
				const target = `${local}${parsed.pathname}${parsed.search}`;
				if (!checked.has(target)) checked.set(target, (await fetch(target)).status);
			}
		expect(outside).toEqual([]);
		expect(checked.size).toBeGreaterThan(50);
		expect([...checked].filter(([, status]) => status !== 200)).toEqual([]);
	});

	it('names the public address in every absolute link: canonical, share tags, citations', () => {
		const absolute = [...pages.values()]
			.flatMap((refs) => refs.urls)
			.filter((url) => !url.startsWith(new URL(server.url).origin))
			.filter((url) => url.includes('example.org'));
		expect(absolute.length).toBeGreaterThan(20);
		expect(absolute.filter((url) => !url.startsWith(`${ADDRESS}/`))).toEqual([]);
	});

	it('gives embed codes whose frames show the embed page at the public address', async () => {
		const frames = [...pages.values()].flatMap((refs) => refs.embedFrames);
		expect(frames.length).toBeGreaterThan(5);
		for (const src of new Set(frames)) {
			// Each edition embeds its own edition's page.
			expect(src).toMatch(new RegExp(`^${ADDRESS}(/(ru|kk))?/embed/[a-z-]+/$`));
			const local = src.replace(ORIGIN, new URL(server.url).origin);
			expect((await fetch(local)).status, local).toBe(200);
		}
	});

	it('cites the tables with the public address, on the page and in the citation files', async () => {
		const about = pages.get(`${server.url}/about/`);
		expect(about?.text).toContain(`${ADDRESS}/data/`);
		for (const file of ['dataset.bib', 'dataset.ris', 'dataset.json']) {
			const text = await (await fetch(`${server.url}/cite/${file}`)).text();
			expect(text, file).toContain(`${ADDRESS}/data/`);
		}
		expect(pages.get(`${server.url}/data/`)?.text).toContain(`${ADDRESS}/`);
	});
});

describe('exported images', () => {
	const charts = () =>
		filesUnder(join(out, 'charts'))
			.filter((file) => file.endsWith('.svg'))
			.map((file) => file.slice(0, -'.svg'.length));

	it('write the chart’s address at the public address into each SVG, and it answers 200', async () => {
		expect(charts().length).toBeGreaterThan(4);
		const local = new URL(server.url).origin;
		for (const id of charts()) {
			const svg = await (await fetch(`${server.url}/charts/${id}.svg`)).text();
			const address = new RegExp(`(${ADDRESS}/[^<\\s]*)#[a-z-]+</text>`).exec(svg)?.[1];
			expect(address, id).toBeDefined();
			const page = `${local}${new URL((address ?? '').replaceAll('&amp;', '&')).pathname}`;
			expect((await fetch(page)).status, page).toBe(200);
		}
	});

	it('draw each PNG from that SVG, so the PNG carries the same address', async () => {
		for (const id of charts()) {
			const svg = readFileSync(join(out, `charts/${id}.svg`), 'utf8');
			const png = readFileSync(join(out, `charts/${id}.png`));
			expect(renderPng(svg, { scale: 2 }).equals(png), id).toBe(true);
			// The local build draws its own address, so the pictures differ.
			expect(png.equals(readFileSync(join(ROOT, `build/charts/${id}.png`))), id).toBe(false);
		}
	});

	it('draw each share card with the public address, not the local one', () => {
		// Both builds come from the same data and code, so only the address drawn can tell them apart.
		const cards = filesUnder(join(out, 'cards'));
		expect(cards.length).toBeGreaterThan(5);
		for (const card of cards) {
			const local = readFileSync(join(ROOT, 'build/cards', card));
			expect(readFileSync(join(out, 'cards', card)).equals(local), card).toBe(false);
		}
	});
});

describe('pages under the base path, with scripts on', () => {
	it.each(PAGES)('%s loads with no console error and nothing from another host', async (path) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const errors: string[] = [];
		const offsite: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await context.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith(server.url) || /^(data|blob):/.test(url)) return route.continue();
			offsite.push(url);
			return route.abort();
		});
		const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		expect(response?.status()).toBe(200);
		expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
		await page.waitForTimeout(200);
		await context.close();
		expect(errors).toEqual([]);
		expect(offsite).toEqual([]);
	});
});

describe('a build without SITE_ORIGIN', () => {
	let plain: { code: number | null; output: string };
	let bad: { code: number | null; output: string };
	let scratch: string;

	beforeAll(async () => {
		// A copy of its own, so that a build that wrongly went ahead could not touch anything shared.
		scratch = copyProject('crt-publish-unset-');
		plain = await build(scratch, { SITE_ORIGIN: undefined, CRT_BASE_PATH: undefined });
		bad = await build(scratch, { SITE_ORIGIN: 'figures.example.org', CRT_BASE_PATH: undefined });
	}, 60_000);

	afterAll(() => {
		if (scratch) rmSync(scratch, { recursive: true, force: true });
	});

	it('stops with a non-zero exit code and the one line README quotes, building nothing', () => {
		expect(plain.code).toBe(1);
		const lines = plain.output.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^SITE_ORIGIN is not set: .*SITE_ORIGIN=https:\/\/\S+ npm run build/);
		expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(lines[0]);
		expect(existsSync(join(scratch, 'build'))).toBe(false);
		expect(readdirSync(scratch).filter((name) => /^\.(build|svelte-kit)/.test(name))).toEqual([]);
	});

	it('stops with one line when SITE_ORIGIN is not an absolute http(s) URL', () => {
		expect(bad.code).toBe(1);
		expect(bad.output.trim().split('\n')).toEqual([
			'SITE_ORIGIN must be an absolute http(s) URL such as https://example.org; found "figures.example.org"'
		]);
		expect(existsSync(join(scratch, 'build'))).toBe(false);
	});

	it('is what npm start and npm test build: the local address, as README says', () => {
		const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
		expect(scripts.start).toMatch(/^node scripts\/build\.js --local && /);
		expect(readFileSync(join(ROOT, 'scripts/test.js'), 'utf8')).toContain(
			"['scripts/build.js', '--local']"
		);
		// The site the other browser tests read was built that way.
		const data = readFileSync(join(ROOT, 'build/data/index.html'), 'utf8');
		expect(data).toContain('http://localhost:4173/');
	});
});
