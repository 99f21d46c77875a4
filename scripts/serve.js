// Serves the prerendered site as a static host would: under its base path, index.html per folder,
// 404.html, gzip, and the headers its _headers file names.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { headersFor, readHeaders } from './headers.js';

/** @type {Record<string, string>} */
export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.zip': 'application/zip',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.csv',
	'.json',
	'.svg',
	'.md',
	'.txt',
	'.xml'
]);

/**
 * Starts a static server for `root` on 127.0.0.1, the site at `basePath` (such as "/crt-dashboard").
 * `url` is the site's address, base path included, without a trailing slash.
 * @param {{ root?: string, port?: number, gzip?: boolean, basePath?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void>, server: import('node:http').Server }>}
 */
export async function serve({ root = 'build', port = 0, gzip = true, basePath = '' } = {}) {
	const base = resolve(root);
	const rules = existsSync(join(base, '_headers')) ? readHeaders(join(base, '_headers')) : [];

	/** @param {string} file */
	async function isFile(file) {
		try {
			return (await stat(file)).isFile();
		} catch {
			return false;
		}
	}

	/** @param {string} pathname */
	async function locate(pathname) {
		const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
		const file = join(base, clean);
		if (file !== base && !file.startsWith(base + sep)) return null;
		if (await isFile(file)) return file;
		if (await isFile(join(file, 'index.html'))) return join(file, 'index.html');
		if (await isFile(file + '.html')) return file + '.html';
		return null;
	}

	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { allow: 'GET, HEAD' }).end();
				return;
			}
			const inSite = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
			const sitePath = inSite ? url.pathname.slice(basePath.length) || '/' : null;
			// A folder without its trailing slash redirects, as static hosts do.
			let file = sitePath === null ? null : await locate(sitePath);
			if (file && file.endsWith(sep + 'index.html') && !url.pathname.endsWith('/')) {
				res.writeHead(308, { location: url.pathname + '/' + url.search }).end();
				return;
			}
			let status = 200;
			if (!file) {
				status = 404;
				// A translated edition's unknown paths get its own not-found page.
				const edition = /^\/(ru|kk)\//.exec(sitePath ?? '')?.[1];
				const notFound = edition ? join(base, edition, '404.html') : join(base, '404.html');
				file = (await isFile(notFound)) ? notFound : null;
			}
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
				return;
			}
			const ext = extname(file);
			let body = await readFile(file);
			/** @type {Record<string, string>} */
			const headers = {
				...headersFor(rules, status === 200 && sitePath ? sitePath : '/404.html'),
				'content-type': TYPES[ext] ?? 'application/octet-stream'
			};
			if (
				gzip &&
				COMPRESSIBLE.has(ext) &&
				/\bgzip\b/.test(String(req.headers['accept-encoding']))
			) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
				headers['vary'] = 'accept-encoding';
			}
			headers['content-length'] = String(body.length);
			res.writeHead(status, headers);
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch {
			res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
		}
	});

	await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actual}${basePath}`,
		server,
		close: () => new Promise((ok) => server.close(() => ok(undefined)))
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const root = process.argv[2] ?? 'build';
	const { url } = await serve({ root, port, basePath: process.env.CRT_BASE_PATH ?? '' });
	console.log(`crt-dashboard is served at ${url}/ (Ctrl+C to stop)`);
}
