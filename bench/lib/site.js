// The site under test: building it, and finding the pages it has.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { UsageError } from './cli.js';
import { onExit } from './lifecycle.js';

/**
 * Runs `npm run build -- --local` in the project (for the local address unless SITE_ORIGIN is set)
 * and resolves to its wall time in milliseconds.
 * @param {string} project
 * @returns {Promise<number>}
 */
export function build(project) {
	return new Promise((ok, fail) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build', '--', '--local'], {
			cwd: project,
			stdio: 'inherit'
		});
		onExit(() => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		});
		child.on('error', fail);
		child.on('exit', (code, signal) => {
			if (code === 0) ok(performance.now() - started);
			else fail(new Error(`npm run build failed (${signal ?? `exit code ${code}`})`));
		});
	});
}

/**
 * Every index.html under root as a trailing-slash URL path, sorted.
 * @param {string} root
 */
export async function findPages(root) {
	if (!(await stat(root).catch(() => null))?.isDirectory()) {
		throw new UsageError(`${root} is not a folder: build the site first or pass --root`);
	}
	const files = await readdir(root, { recursive: true });
	return files
		.filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
		.map((file) => `/${file.slice(0, -'index.html'.length).split(sep).join('/')}`)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The pages to measure: all of them, or those asked for, each of which must exist.
 * @param {string} root
 * @param {string[] | undefined} wanted
 */
export async function selectPages(root, wanted) {
	const paths = await findPages(root);
	if (!wanted) return paths;
	const unknown = wanted.filter((page) => !paths.includes(page));
	if (unknown.length > 0) {
		throw new UsageError(`unknown page(s) ${unknown.join(', ')}; pages are ${paths.join(', ')}`);
	}
	const set = new Set(wanted);
	return paths.filter((path) => set.has(path));
}
