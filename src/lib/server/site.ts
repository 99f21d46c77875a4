/**
 * The dashboard's public address, read once at build time from SITE_ORIGIN (for example
 * "https://figures.example.org") and CRT_BASE_PATH (for example "/crt-dashboard"). Share cards,
 * canonical links, embed codes and citations need absolute URLs. Without SITE_ORIGIN it is the
 * address `npm start` serves on; `npm run build` refuses to build without it (scripts/build.js).
 */
import { DEFAULT_SITE_ORIGIN, parseBasePath, parseSiteOrigin } from './site-origin.js';

export { DEFAULT_SITE_ORIGIN, parseBasePath, parseSiteOrigin };

/** The site's public address, origin and base path, without a trailing slash. */
export const SITE_ORIGIN = parseSiteOrigin(
	process.env.SITE_ORIGIN,
	parseBasePath(process.env.CRT_BASE_PATH)
);

/** An absolute URL on the dashboard for a site path such as "/incidents/". */
export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${path.startsWith('/') ? path : `/${path}`}`;
}
