/**
 * The dashboard's public origin, read once at build time from SITE_ORIGIN (for example
 * "https://figures.example.org"). Share cards, canonical links and citations need absolute URLs.
 * The default is the address `npm start` serves on.
 */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/** Checks a configured origin and returns it without a trailing slash. */
export function parseSiteOrigin(value: string | undefined): string {
	const text = value?.trim() || DEFAULT_SITE_ORIGIN;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(
			`SITE_ORIGIN must be an absolute http(s) URL such as https://example.org; found "${text}"`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new Error(`SITE_ORIGIN must use http or https; found "${text}"`);
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export const SITE_ORIGIN = parseSiteOrigin(process.env.SITE_ORIGIN);

/** An absolute URL on the dashboard for a site path such as "/incidents/". */
export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${path.startsWith('/') ? path : `/${path}`}`;
}
