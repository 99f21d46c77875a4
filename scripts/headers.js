// Reads the site's `_headers` file (Netlify and Cloudflare Pages format) and says which headers a path gets.
import { readFileSync } from 'node:fs';

/** What a file no rule gives a Cache-Control gets: revalidated on each use. */
export const REVALIDATE = 'no-cache';

/**
 * @typedef {{ path: string, headers: [string, string][] }} HeaderRule
 */

/**
 * Parses the text of a `_headers` file: a path on its own line, its headers indented below it.
 * Only the patterns the site uses are accepted: an exact path, or a path ending in "/*".
 * @param {string} text
 * @param {string} [file] named in errors
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text, file = '_headers') {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split('\n').forEach((line, index) => {
		const where = `${file}, line ${index + 1}`;
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			const path = line.trim();
			if (!/^\/([^*:\s]*|([^*:\s]*\/)?\*)$/.test(path))
				throw new Error(`${where}: expected a path such as /data/ or /_app/*; found "${path}"`);
			rules.push({ path, headers: [] });
			return;
		}
		const rule = rules.at(-1);
		const match = /^\s+([A-Za-z0-9-]+):\s*(\S.*?)\s*$/.exec(line);
		if (!rule) throw new Error(`${where}: a header comes before any path`);
		if (!match?.[1] || !match[2])
			throw new Error(`${where}: expected "Name: value"; found "${line.trim()}"`);
		rule.headers.push([match[1], match[2]]);
	});
	return rules;
}

/** @param {string} file @returns {HeaderRule[]} */
export function readHeaders(file) {
	return parseHeaders(readFileSync(file, 'utf8'), file);
}

/**
 * Whether a rule's path matches a site path (the request's path without the base path).
 * @param {string} pattern @param {string} path
 */
export function matches(pattern, path) {
	return pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers every matching rule gives a site path, names in lower case, with Cache-Control
 * `no-cache` where no rule sets one.
 * @param {HeaderRule[]} rules @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const headers = { 'cache-control': REVALIDATE };
	for (const rule of rules.filter((candidate) => matches(candidate.path, path)))
		for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
	return headers;
}
