import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDescriptor, type PackageDescriptor } from '../data/schema.ts';
import type { Dataset } from '../data/types.ts';
import { DataError } from '../data/errors.ts';
import { DATA_DIR, readDataset } from '../data/validate.ts';

/** JSON.parse's complaint, with the line it points at. */
function jsonProblem(text: string, error: Error): string {
	const position = /position (\d+)/.exec(error.message);
	if (!position) return error.message;
	const line = text.slice(0, Number(position[1])).split('\n').length;
	return `${error.message.replace(/ in JSON at position \d+.*$/, '')} on line ${line}`;
}

export interface LoadedPackage {
	descriptor: PackageDescriptor;
	data: Dataset;
	/** The CSV files exactly as published, by path. */
	files: Record<string, string>;
}

/** Reads and validates static/data from `root`; throws a DataError naming file, row and column. */
export function loadPackageFrom(root: string): LoadedPackage {
	const dir = join(root, DATA_DIR);
	const descriptorText = readFileSync(join(dir, 'datapackage.json'), 'utf8');
	let raw: unknown;
	try {
		raw = JSON.parse(descriptorText);
	} catch (error) {
		throw new DataError(
			`${DATA_DIR}/datapackage.json`,
			null,
			null,
			null,
			`valid JSON (${jsonProblem(descriptorText, error as Error)})`
		);
	}
	const descriptor = readDescriptor(raw);
	const files: Record<string, string> = {};
	for (const resource of descriptor.resources) {
		try {
			files[resource.path] = readFileSync(join(dir, resource.path), 'utf8');
		} catch {
			// readDataset names the missing file.
		}
	}
	return { descriptor, data: readDataset(descriptor, files), files };
}

let cached: LoadedPackage | undefined;

/** The validated package, read once per build. */
export function loadPackage(): LoadedPackage {
	cached ??= loadPackageFrom(process.cwd());
	return cached;
}
