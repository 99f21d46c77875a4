// Plain JavaScript, so that the build script can check the address before Vite starts.

/** The address `npm start` serves on, and the one unit tests and the dev server build for. */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/**
 * Checks a base path such as "/crt-dashboard" (or "" for the root of a host).
 * @param {string | undefined} value
 * @returns {string}
 */
export function parseBasePath(value) {
	const text = value ?? '';
	if (text !== '' && !/^\/[^/\s?#]+(\/[^/\s?#]+)*$/.test(text))
		throw new Error(
			`CRT_BASE_PATH must start with "/" and not end with one, such as /crt-dashboard; found "${text}"`
		);
	return text;
}

/**
 * Checks a configured origin against the base path the site is built for and returns the site's
 * address without a trailing slash: the origin followed by the base path. The origin may already
 * end with that base path; any other path is refused, since the pages would not be found there.
 * @param {string | undefined} value
 * @param {string} [basePath]
 * @returns {string}
 */
export function parseSiteOrigin(value, basePath = '') {
	const text = value?.trim() || DEFAULT_SITE_ORIGIN;
	/** @type {URL} */
	let url;
	try {
		url = new URL(text);
	} catch {
		throw new Error(
			`SITE_ORIGIN must be an absolute http(s) URL such as https://example.org; found "${text}"`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new Error(`SITE_ORIGIN must use http or https; found "${text}"`);
	const path = url.pathname.replace(/\/+$/, '');
	if (path !== '' && path !== basePath)
		throw new Error(
			basePath
				? `SITE_ORIGIN has the path "${path}" but CRT_BASE_PATH is "${basePath}": give SITE_ORIGIN without a path (${url.origin}) and the base path in CRT_BASE_PATH`
				: `SITE_ORIGIN has the path "${path}" but the site is built for the root of its host: set CRT_BASE_PATH=${path} and SITE_ORIGIN=${url.origin}`
		);
	return `${url.origin}${basePath}`;
}
