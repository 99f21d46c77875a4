import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeaders } from '../../scripts/headers.js';
import { TYPES } from '../../scripts/serve.js';
import { NGINX_CONF } from '../lib/deploy/nginx.ts';
import { baseUrl } from './browser.ts';

const BUILD = resolve('build');
const RULES = readHeaders(join(BUILD, '_headers'));

/** Every file of the build as a site path such as "/data/incidents.csv". */
const FILES = readdirSync(BUILD, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => `/${relative(BUILD, join(entry.parentPath, entry.name)).split('\\').join('/')}`)
	.sort();

/** A file name that carries a content hash as Vite writes it: eight base64url characters. */
function isHashed(path: string): boolean {
	const name = path.split('/').at(-1) ?? '';
	const hash = /(?:^|\.)([A-Za-z0-9_-]{8})\.(?:js|css|mjs|woff2?)$/.exec(name)?.[1];
	// A word of eight lower-case letters is a name, not a hash.
	return hash !== undefined && /[A-Z0-9_-]/.test(hash);
}

/** What a site path is served as: a folder's index.html, or the file itself. */
const asUrl = (file: string) => file.replace(/index\.html$/, '');

describe('the headers of static/_headers, against the build', () => {
	it('are in the build, as Netlify and Cloudflare Pages read them', () => {
		expect(readFileSync(join(BUILD, '_headers'), 'utf8')).toBe(
			readFileSync('static/_headers', 'utf8')
		);
	});

	it('mark every file whose name carries a content hash as immutable, and nothing else', () => {
		const hashed = FILES.filter(isHashed);
		expect(hashed.length).toBeGreaterThan(10);
		const immutable = (file: string) =>
			/\bimmutable\b/.test(headersFor(RULES, file)['cache-control'] ?? '');
		expect(hashed.filter((file) => !immutable(file))).toEqual([]);
		expect(FILES.filter((file) => immutable(file) && !isHashed(file))).toEqual([]);
	});

	it('revalidate every page, download and share card on each use', () => {
		const others = FILES.filter((file) => !isHashed(file));
		expect(others.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
		for (const file of others)
			expect(headersFor(RULES, file)['cache-control'], file).toBe('no-cache');
	});

	it('are what the local server sends, error page included', async () => {
		const samples = [
			'/',
			'/data/incidents.csv',
			FILES.find((file) => file.startsWith('/_app/immutable/')) as string
		];
		for (const path of [...samples, '/no-such-page/']) {
			const response = await fetch(baseUrl() + path);
			const expected = headersFor(RULES, response.status === 404 ? '/404.html' : path);
			for (const [name, value] of Object.entries(expected))
				expect(response.headers.get(name), `${path} ${name}`).toBe(value);
		}
	});
});

/** nginx is not part of the project: where it is missing, this part is not run, unless required (as in CI). */
const NGINX =
	[process.env.NGINX_PATH, 'nginx', '/usr/sbin/nginx'].find(
		(path) => path && !spawnSync(path, ['-v']).error
	) ?? null;
if (!NGINX) {
	if (process.env.CRT_REQUIRE_NGINX === '1')
		throw new Error('The nginx checks must run (CRT_REQUIRE_NGINX=1), but nginx is not installed.');
	console.log(
		'nginx checks not run: nginx is not installed (apt-get install -y nginx-light to run them).'
	);
}

/** A port no one listens on now. */
function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.on('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => done(port));
		});
	});
}

describe.skipIf(!NGINX)('deploy/nginx.conf, run by nginx on the build', () => {
	let dir: string;
	let nginx: ChildProcess;
	let origin: string;
	let log = '';

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'crt-nginx-'));
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		const server = readFileSync(NGINX_CONF, 'utf8');
		// The container's port and folder, moved to loopback and this build.
		expect(server.match(/^\tlisten 8080;$/gm)).toHaveLength(1);
		expect(server.match(/^\troot \/usr\/share\/nginx\/html;$/gm)).toHaveLength(1);
		const local = server
			.replace(/^\tlisten 8080;$/m, `\tlisten 127.0.0.1:${port};`)
			.replace(/^\troot \/usr\/share\/nginx\/html;$/m, `\troot ${BUILD};`);
		// What the nginx image's own nginx.conf gives the server block, with temporary files here.
		const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
			.map((name) => `\t${name}_temp_path ${join(dir, name)};`)
			.join('\n');
		// Started as root, nginx's workers would read the build as "nobody", who cannot enter a
		// clone in a private folder (mktemp -d): they read it as the user running the tests.
		const workers = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
		writeFileSync(
			join(dir, 'nginx.conf'),
			`daemon off;\n${workers}pid ${join(dir, 'nginx.pid')};\nerror_log stderr warn;\nevents {}\n` +
				`http {\n\tinclude /etc/nginx/mime.types;\n\tdefault_type application/octet-stream;\n` +
				`\taccess_log off;\n${temp}\n${local}\n}\n`
		);
		const check = spawnSync(
			NGINX as string,
			['-t', '-q', '-e', 'stderr', '-c', join(dir, 'nginx.conf')],
			{
				encoding: 'utf8'
			}
		);
		expect(check.status, check.stderr).toBe(0);
		expect(check.stderr).toBe('');
		nginx = spawn(NGINX as string, ['-e', 'stderr', '-c', join(dir, 'nginx.conf')]);
		nginx.stderr?.on('data', (chunk) => (log += chunk));
		for (let tries = 0; tries < 50; tries++) {
			const up = await fetch(`${origin}/`).then(
				() => true,
				() => false
			);
			if (up) return;
			await new Promise((wait) => setTimeout(wait, 100));
		}
		throw new Error(`nginx did not start: ${log}`);
	}, 30_000);

	afterAll(async () => {
		if (nginx && nginx.exitCode === null) {
			const exited = new Promise((done) => nginx.once('exit', done));
			nginx.kill('SIGTERM');
			await exited;
		}
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('serves every file of the build with 200, the headers of _headers and the local server’s type', async () => {
		const wrong: string[] = [];
		for (const file of FILES.filter((path) => path !== '/_headers')) {
			const response = await fetch(origin + asUrl(file));
			await response.arrayBuffer();
			if (response.status !== 200) wrong.push(`${file}: ${response.status}`);
			for (const [name, value] of Object.entries(headersFor(RULES, file)))
				if (response.headers.get(name) !== value)
					wrong.push(`${file}: ${name} ${response.headers.get(name)}`);
			// Both names of JavaScript's type are standard; nginx's list has the older one.
			const type = response.headers
				.get('content-type')
				?.replace('application/javascript', 'text/javascript');
			const expected = TYPES[extname(file)] ?? 'application/octet-stream';
			if (type !== expected) wrong.push(`${file}: content-type ${type}, expected ${expected}`);
		}
		expect(wrong).toEqual([]);
		expect(log).toBe('');
	});

	it('redirects a folder without its trailing slash, to a path on the same host', async () => {
		const response = await fetch(`${origin}/incidents`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/incidents/');
	});

	it('answers an unknown path with 404 and the site’s 404 page, with the same headers', async () => {
		const response = await fetch(`${origin}/no-such-page/`);
		expect(response.status).toBe(404);
		expect(await response.text()).toBe(readFileSync(join(BUILD, '404.html'), 'utf8'));
		for (const [name, value] of Object.entries(headersFor(RULES, '/404.html')))
			expect(response.headers.get(name), name).toBe(value);
		expect((await fetch(`${origin}/_headers`)).status).toBe(404);
		expect((await fetch(`${origin}/_app/immutable/`)).status).toBe(404);
	});

	it.each(['ru', 'kk'])(
		'answers an unknown path under /%s/ with that edition’s 404 page',
		async (edition) => {
			const response = await fetch(`${origin}/${edition}/no-such-page/`);
			expect(response.status).toBe(404);
			const page = await response.text();
			expect(page).toBe(readFileSync(join(BUILD, edition, '404.html'), 'utf8'));
			expect(page).toContain(`<html lang="${edition}"`);
		}
	);

	it('compresses text for a browser that accepts gzip', async () => {
		const response = await fetch(`${origin}/data/incidents.csv`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(await response.text()).toBe(readFileSync(join(BUILD, 'data/incidents.csv'), 'utf8'));
	});
});
