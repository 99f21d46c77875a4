/**
 * Bad-data fixtures: a folder under tests/fixtures/bad/ holding `expected.json` (the error the loader
 * must throw) and either whole files that replace the published ones, or `<name>.patch.json`: a list
 * of operations applied to the published `static/data/<name>.json` when the fixture is laid out, so
 * the fixture follows every change to the real file.
 *
 * Operations are those of JSON Patch (RFC 6902) `test`, `add`, `remove` and `replace`, on JSON
 * Pointer paths (RFC 6901) with one addition: in an array, a segment that is not an index picks the
 * element whose `name` is that segment, e.g. `/resources/incidents/schema/fields/killed/type`.
 * Every path must lead somewhere and every `test` must hold, or laying out the fixture fails.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

export const GOOD_DATA = join(process.cwd(), 'static/data');
export const PATCH_SUFFIX = '.patch.json';

export type Operation =
	{ op: 'test' | 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
	return typeof value === 'object' && value !== null;
}

/** The segments of a JSON Pointer, unescaped. */
function segments(path: string): string[] {
	if (path === '') return [];
	if (!path.startsWith('/')) throw new Error(`${path}: a path starts with "/"`);
	return path
		.slice(1)
		.split('/')
		.map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The key of `segment` in `container`: an index, "-" (after the end), a `name`, or a member. */
function keyOf(container: Container, segment: string, path: string): string | number {
	if (!Array.isArray(container)) return segment;
	if (segment === '-') return container.length;
	if (/^(0|[1-9]\d*)$/.test(segment)) return Number(segment);
	const index = container.findIndex(
		(item) => isContainer(item) && 'name' in item && item.name === segment
	);
	if (index < 0) throw new Error(`${path}: no element named "${segment}"`);
	return index;
}

function has(container: Container, key: string | number): boolean {
	return Array.isArray(container)
		? typeof key === 'number' && key < container.length
		: Object.hasOwn(container, key);
}

/** Applies the operations to a copy of `document` and returns it; throws on any that cannot apply. */
export function applyPatch(document: unknown, operations: readonly Operation[]): unknown {
	const root = { value: structuredClone(document) as unknown };
	for (const operation of operations) {
		const { op, path } = operation;
		const where = `${op} ${path}`;
		let parent: Container = root;
		let key: string | number = 'value';
		for (const segment of segments(path)) {
			if (!has(parent, key)) throw new Error(`${where}: the path leads nowhere`);
			const child: unknown = (parent as Record<string | number, unknown>)[key];
			if (!isContainer(child))
				throw new Error(`${where}: "${segment}" is inside a ${typeof child}`);
			parent = child;
			key = keyOf(child, segment, where);
		}
		const exists = has(parent, key);
		if (op !== 'add' && !exists) throw new Error(`${where}: the path leads nowhere`);
		const slot = parent as Record<string | number, unknown>;
		if (op === 'test') {
			if (!isDeepStrictEqual(slot[key], operation.value)) {
				throw new Error(`${where}: found ${JSON.stringify(slot[key])}`);
			}
		} else if (op === 'remove') {
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete slot[key];
		} else if (op === 'add' && Array.isArray(parent)) {
			if ((key as number) > parent.length) throw new Error(`${where}: past the end`);
			parent.splice(key as number, 0, operation.value);
		} else {
			slot[key] = operation.value;
		}
	}
	return root.value;
}

/** Lays the fixture over a data folder: replaced files are copied, patches applied in place. */
export function layOver(fixture: string, data: string): void {
	for (const file of readdirSync(fixture)) {
		if (file === 'expected.json') continue;
		if (file.endsWith(PATCH_SUFFIX)) {
			const target = join(data, `${file.slice(0, -PATCH_SUFFIX.length)}.json`);
			const operations = JSON.parse(readFileSync(join(fixture, file), 'utf8')) as Operation[];
			const patched = applyPatch(JSON.parse(readFileSync(target, 'utf8')), operations);
			writeFileSync(target, `${JSON.stringify(patched, null, '\t')}\n`);
		} else {
			cpSync(join(fixture, file), join(data, file));
		}
	}
}

const scratch: string[] = [];

/**
 * A project root in a temporary folder whose static/data is the published package with the
 * fixture laid over it (no fixture: the published package as it is). Remove with `removeScratch`.
 */
export function packageWith(fixture?: string): string {
	const root = mkdtempSync(join(tmpdir(), 'crt-data-'));
	scratch.push(root);
	const data = join(root, 'static/data');
	cpSync(GOOD_DATA, data, { recursive: true });
	if (fixture) layOver(fixture, data);
	return root;
}

/** Removes every folder `packageWith` made. */
export function removeScratch(): void {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}
