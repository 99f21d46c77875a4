import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build reads: enough of the project to build it elsewhere. */
const COPIED = [
	'src',
	'static',
	'scripts',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json'
];

/**
 * A copy of the project in a new temporary folder, sharing its node_modules, so that a test can
 * build there without touching the build/ and .svelte-kit/ the other tests read.
 */
export function copyProject(prefix: string, root = process.cwd()): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}
