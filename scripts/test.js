// Every test: a fresh build for the local address, then unit and browser tests (Debian's Chromium) against it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_PATH } from './chromium.js';

const chrome = CHROME_PATH;
if (!existsSync(chrome)) {
	console.error(
		`Browser tests need Chromium at ${chrome}: install it with "sudo apt-get install -y chromium" (or set CHROME_PATH).`
	);
	process.exit(1);
}

const env = { ...process.env, TZ: 'UTC' };
/** @param {string} command @param {string[]} args */
function run(command, args) {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node', ['scripts/build.js', '--local']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
