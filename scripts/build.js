// Builds into a temporary folder and swaps it in only on success, so a failed build leaves the last good site in place.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';

const target = 'build';
const temp = `.build-${process.pid}`;
const previous = `.build-old-${process.pid}`;

const started = Date.now();
const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: { ...process.env, CRT_BUILD_DIR: temp, CRT_BUILD_ID: String(started) }
});

if (result.status !== 0) {
	rmSync(temp, { recursive: true, force: true });
	console.error(
		`\nBuild failed: the previous site in ${target}/ was left untouched. Fix the error above and run npm run build again.`
	);
	process.exit(result.status ?? 1);
}

// Static hosts serve 404.html for unknown paths; the page is not a page of its own.
copyFileSync(`${temp}/not-found/index.html`, `${temp}/404.html`);
rmSync(`${temp}/not-found`, { recursive: true });

if (existsSync(target)) renameSync(target, previous);
renameSync(temp, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${target}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
