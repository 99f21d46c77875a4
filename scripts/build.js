// Builds into a temporary folder and swaps it in only on success, so a failed build leaves the last good site in place.
// A build is for publishing: it needs the address it will be published at, or --local for the address npm start serves on.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import {
	DEFAULT_SITE_ORIGIN,
	parseBasePath,
	parseSiteOrigin
} from '../src/lib/server/site-origin.js';

const target = 'build';
const temp = `.build-${process.pid}`;
const previous = `.build-old-${process.pid}`;

const local = process.argv.slice(2).includes('--local');
const origin =
	process.env.SITE_ORIGIN?.trim() ||
	(local && process.env.PORT ? `http://localhost:${process.env.PORT}` : '') ||
	(local ? DEFAULT_SITE_ORIGIN : '');
if (!origin) {
	console.error(
		`SITE_ORIGIN is not set: give the address the site will be published at, as in SITE_ORIGIN=https://figures.example.org npm run build (npm start builds for ${DEFAULT_SITE_ORIGIN} without it).`
	);
	process.exit(1);
}
let address;
try {
	address = parseSiteOrigin(origin, parseBasePath(process.env.CRT_BASE_PATH));
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(1);
}

const started = Date.now();
const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: { ...process.env, SITE_ORIGIN: origin, CRT_BUILD_DIR: temp, CRT_BUILD_ID: String(started) }
});

if (result.status !== 0) {
	rmSync(temp, { recursive: true, force: true });
	console.error(
		`\nBuild failed: the previous site in ${target}/ was left untouched. Fix the error above and run npm run build again.`
	);
	process.exit(result.status ?? 1);
}

// Static hosts serve 404.html for unknown paths; the page is not a page of its own. Each
// translated edition has its own, which hosts that can choose by folder serve below its prefix.
for (const edition of ['', 'ru/', 'kk/']) {
	copyFileSync(`${temp}/${edition}not-found/index.html`, `${temp}/${edition}404.html`);
	rmSync(`${temp}/${edition}not-found`, { recursive: true });
}

if (existsSync(target)) renameSync(target, previous);
renameSync(temp, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${target}/ for ${address}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
