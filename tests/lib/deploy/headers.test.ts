import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeaders, readHeaders } from '../../../scripts/headers.js';
import { TYPES } from '../../../scripts/serve.js';
import { nginxDirective, nginxLocations } from './nginx.ts';

const RULES = readHeaders('static/_headers');
// Loaded by its path, so that the type checker leaves svelte.config.js out of the tests' program.
const svelteConfig: { kit: { csp: { directives: Record<string, string[]> } } } = (
	await import(/* @vite-ignore */ pathToFileURL(resolve('svelte.config.js')).href)
).default;
/** Directives SvelteKit completes on each page with the hashes of that page's inline scripts and styles. */
const PER_PAGE = ['default-src', 'script-src', 'style-src'];

/** Directives of a CSP value, each with its source list. */
function parseCsp(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name as string, sources])
	);
}

describe('parseHeaders', () => {
	it('reads paths and their indented headers, skipping comments and blank lines', () => {
		const text = '# site\n/*\n  X-A: 1\n\n  # why\n  X-B: two words\n/data/\n\tX-C: 3\n';
		expect(parseHeaders(text)).toEqual([
			{
				path: '/*',
				headers: [
					['X-A', '1'],
					['X-B', 'two words']
				]
			},
			{ path: '/data/', headers: [['X-C', '3']] }
		]);
	});

	it.each<[string, RegExp]>([
		['  X-A: 1\n', /_headers, line 1: a header comes before any path/],
		['/*\n  X-A 1\n', /_headers, line 2: expected "Name: value"; found "X-A 1"/],
		['/*\n  X-A:\n', /line 2: expected "Name: value"/],
		[
			'/data/:id\n  X-A: 1\n',
			/line 1: expected a path such as \/data\/ or \/_app\/\*; found "\/data\/:id"/
		],
		['/*.js\n  X-A: 1\n', /line 1: expected a path/],
		['https://example.org/*\n  X-A: 1\n', /line 1: expected a path/]
	])('refuses %j, naming the line', (text, message) => {
		expect(() => parseHeaders(text)).toThrow(message);
	});

	it.each<[string, string, boolean]>([
		['/*', '/', true],
		['/*', '/data/incidents.csv', true],
		['/_app/immutable/*', '/_app/immutable/entry/app.js', true],
		['/_app/immutable/*', '/_app/version.json', false],
		['/_app/immutable/*', '/_app/immutable', false],
		['/data/', '/data/', true],
		['/data/', '/data/incidents.csv', false]
	])('%s matches %s: %s', (pattern, path, expected) => {
		expect(matches(pattern, path)).toBe(expected);
	});

	it('gives no-cache where no rule sets Cache-Control, and the rule’s value where one does', () => {
		const rules = parseHeaders('/*\n  X-A: 1\n/a/*\n  Cache-Control: max-age=60\n');
		expect(headersFor(rules, '/b')).toEqual({ 'x-a': '1', 'cache-control': 'no-cache' });
		expect(headersFor(rules, '/a/b')).toEqual({ 'x-a': '1', 'cache-control': 'max-age=60' });
	});
});

describe('static/_headers', () => {
	it('sets no header in two rules that can match the same path', () => {
		const overlap = (a: string, b: string) =>
			[a, b].some((x, i) => {
				const y = i === 0 ? b : a;
				return x.endsWith('/*') ? y.startsWith(x.slice(0, -1)) || y === x : x === y;
			});
		const clashes: string[] = [];
		RULES.forEach((a, i) =>
			RULES.slice(i + 1).forEach((b) => {
				if (!overlap(a.path, b.path)) return;
				const names = new Set(a.headers.map(([name]) => name.toLowerCase()));
				for (const [name] of b.headers)
					if (names.has(name.toLowerCase())) clashes.push(`${name}: ${a.path} and ${b.path}`);
			})
		);
		expect(clashes).toEqual([]);
	});

	it('sends nosniff, a referrer policy and the CSP on every file, pages and 404 included', () => {
		for (const path of [
			'/',
			'/incidents/',
			'/404.html',
			'/data/incidents.csv',
			'/_app/immutable/x.js'
		]) {
			const headers = headersFor(RULES, path);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['content-security-policy'], path).toContain("object-src 'none'");
		}
	});

	it('caches hashed files for a year as immutable, and revalidates pages and downloads', () => {
		expect(headersFor(RULES, '/_app/immutable/chunks/3iTRjoes.js')['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		for (const path of ['/', '/index.html', '/data/crt-kazakhstan-2012.zip', '/enhance.js'])
			expect(headersFor(RULES, path)['cache-control'], path).toBe('no-cache');
	});

	it('carries, as the CSP header, every directive of svelte.config.js that is the same on every page', () => {
		const header = parseCsp(headersFor(RULES, '/')['content-security-policy'] ?? '');
		const directives = svelteConfig.kit.csp.directives;
		const quote = (source: string) =>
			/^(self|none|unsafe-[a-z-]+|sha\d+-.*)$/.test(source) ? `'${source}'` : source;
		const expected = Object.fromEntries(
			Object.entries(directives)
				.filter(([name]) => !PER_PAGE.includes(name))
				.map(([name, sources]) => [name, sources.map(quote)])
		);
		expect(Object.keys(expected).length).toBeGreaterThan(4);
		expect(header).toEqual(expected);
	});
});

describe('deploy/nginx.conf', () => {
	const locations = nginxLocations();
	const ruleLocations = locations.filter((location) => location.modifier === '');

	it('has one prefix location for each rule of static/_headers', () => {
		expect(ruleLocations.map((location) => location.path).sort()).toEqual(
			RULES.map((rule) => rule.path.replace(/\*$/, '')).sort()
		);
	});

	it.each(nginxLocations().filter((location) => location.modifier === ''))(
		'location $path adds exactly the headers static/_headers gives its files, always',
		(location) => {
			expect(location.headers).toEqual(headersFor(RULES, `${location.path}file.txt`));
			expect(location.always).toBe(true);
		}
	);

	it('answers 404 for the _headers file, which is not a page', () => {
		expect(locations.find((location) => location.path === '/_headers')?.body).toMatch(
			/return 404;/
		);
	});

	it('sends the types a reader’s browser needs for CSV, SVG and ZIP, as the local server does', () => {
		const text = readFileSync('deploy/nginx.conf', 'utf8');
		expect(nginxDirective('include')).toContain('/etc/nginx/mime.types');
		expect(text).toMatch(/types \{[^}]*\btext\/csv csv;/);
		expect(nginxDirective('charset')).toEqual(['utf-8']);
		expect(nginxDirective('charset_types')[0]?.split(/\s+/)).toContain('text/csv');
		expect(TYPES['.csv']).toBe('text/csv; charset=utf-8');
		expect(TYPES['.svg']).toBe('image/svg+xml');
		expect(TYPES['.zip']).toBe('application/zip');
		// Each edition's own not-found page, chosen by the path's prefix.
		expect(nginxDirective('error_page')).toEqual(['404 $crt_not_found']);
		expect(text).toMatch(
			/map \$uri \$crt_not_found \{[^}]*~\^\/ru\/ \/ru\/404\.html;[^}]*default \/404\.html;/
		);
	});
});

describe('Dockerfile', () => {
	const text = readFileSync('Dockerfile', 'utf8');

	it('builds on the Node major the project requires, for the address it is given', () => {
		const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
		expect(text).toMatch(
			new RegExp(`^FROM node:${/\d+/.exec(engines)?.[0]}[-.\\w]* AS build$`, 'm')
		);
		expect(text).toMatch(/^ARG SITE_ORIGIN$/m);
		expect(text).toMatch(/^RUN SITE_ORIGIN="\$SITE_ORIGIN" npm run build$/m);
	});

	it('serves build/ with deploy/nginx.conf, from its root, on its port', () => {
		expect(text).toMatch(/^FROM nginx:[\w.-]+$/m);
		expect(text).toMatch(/^COPY deploy\/nginx\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m);
		const [root] = nginxDirective('root');
		expect(text).toContain(`COPY --from=build /app/build ${root}\n`);
		const [listen] = nginxDirective('listen');
		expect(text).toMatch(new RegExp(`^EXPOSE ${listen}$`, 'm'));
	});
});
