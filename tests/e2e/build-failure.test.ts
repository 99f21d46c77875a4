import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.ts';

const ROOT = process.cwd();

/** One hash over every file's path and bytes under `dir`. */
function hashTree(dir: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const file of files) {
		hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return `${files.length} files, sha256 ${hash.digest('hex')}`;
}

/** Runs the build script in `cwd`; resolves with its exit code and its stdout and stderr together. */
function build(cwd: string): Promise<{ code: number | null; output: string }> {
	const env = { ...process.env };
	delete env.CRT_BUILD_DIR;
	delete env.CRT_BUILD_ID;
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['scripts/build.js', '--local'], { cwd, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, output }));
	});
}

describe('a build with bad data', () => {
	let dir: string;
	let before: string;
	let result: { code: number | null; output: string };

	beforeAll(async () => {
		expect(existsSync(join(ROOT, 'build/index.html')), 'run npm run build first').toBe(true);
		dir = copyProject('crt-build-failure-');
		// The last good site, as a previous successful build left it.
		cpSync(join(ROOT, 'build'), join(dir, 'build'), { recursive: true });
		before = hashTree(join(dir, 'build'));

		// Data row 2 (line 3) gets a negative death toll.
		const csv = join(dir, 'static/data/incidents.csv');
		const lines = readFileSync(csv, 'utf8').split('\n');
		const [header = [], row = []] = csvParseRows(`${lines[0]}\n${lines[2]}`);
		const killed = header.indexOf('killed');
		expect(killed).toBeGreaterThan(-1);
		expect(row[killed]).toMatch(/^\d+$/);
		row[killed] = '-9';
		lines[2] = csvFormatRows([row]);
		writeFileSync(csv, lines.join('\n'));

		result = await build(dir);
	}, 120_000);

	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('fails with a non-zero exit code', () => {
		expect(result.code, result.output).not.toBe(0);
		expect(result.code).not.toBeNull();
	});

	it('names the file, the data row, the column and the bad value', () => {
		expect(result.output).toContain('static/data/incidents.csv');
		expect(result.output).toMatch(/data row 2\b/);
		expect(result.output).toMatch(/column "killed"/);
		expect(result.output).toMatch(/"-9"/);
	});

	it('leaves the last good build byte-identical, with no temporary folder behind', () => {
		expect(hashTree(join(dir, 'build'))).toBe(before);
		expect(readdirSync(dir).filter((name) => name.startsWith('.build-'))).toEqual([]);
	});
});
