import { DataError } from './errors.ts';

/** The subset of the Frictionless Data Package descriptor that the loader reads and enforces. */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'yearmonth';

export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	enum?: string[];
	minimum?: number | string;
	maximum?: number | string;
	pattern?: string;
	maxLength?: number;
}

export interface FieldDescriptor {
	name: string;
	type: FieldType;
	description: string;
	format?: string;
	constraints?: FieldConstraints;
}

export interface ForeignKey {
	fields: string[];
	reference: { resource: string; fields: string[] };
}

export interface TableSchema {
	fields: FieldDescriptor[];
	primaryKey?: string[];
	foreignKeys?: ForeignKey[];
	missingValues?: string[];
}

export interface ResourceDescriptor {
	name: string;
	path: string;
	title: string;
	description: string;
	schema: TableSchema;
}

export interface SourceDescriptor {
	title: string;
	path: string;
	publisher: string;
	published: string;
}

export interface PackageDescriptor {
	name: string;
	title: string;
	description: string;
	version: string;
	/** RFC 3339 date-time this version of the data was made; every build of it carries the same. */
	created: string;
	sources: SourceDescriptor[];
	licenses: { name: string; title: string; path: string }[];
	rights: string;
	resources: ResourceDescriptor[];
}

const FIELD_TYPES: readonly FieldType[] = [
	'string',
	'integer',
	'number',
	'boolean',
	'date',
	'yearmonth'
];

function fail(expected: string): never {
	throw new DataError('static/data/datapackage.json', null, null, null, expected);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that `raw` has the shape the loader relies on; names what is wrong otherwise. */
export function readDescriptor(raw: unknown): PackageDescriptor {
	if (!isRecord(raw)) fail('a JSON object at the top level');
	for (const key of ['name', 'title', 'description', 'version', 'created', 'rights'] as const) {
		if (typeof raw[key] !== 'string') fail(`"${key}" to be a string`);
	}
	if (!Array.isArray(raw.sources) || raw.sources.length === 0)
		fail('a "sources" list naming the report');
	if (!Array.isArray(raw.licenses) || raw.licenses.length === 0) fail('a "licenses" list');
	if (!Array.isArray(raw.resources)) fail('a "resources" list');
	raw.resources.forEach((resource: unknown, i: number) => {
		if (!isRecord(resource)) fail(`resources[${i}] to be an object`);
		if (typeof resource.name !== 'string' || typeof resource.path !== 'string') {
			fail(`resources[${i}] to have a "name" and a "path"`);
		}
		const schema = resource.schema;
		if (!isRecord(schema) || !Array.isArray(schema.fields)) {
			fail(`resource "${resource.name}" to have a schema with a "fields" list`);
		}
		schema.fields.forEach((field: unknown, j: number) => {
			if (!isRecord(field) || typeof field.name !== 'string') {
				fail(`resource "${resource.name}", field ${j + 1} to have a "name"`);
			}
			if (!FIELD_TYPES.includes(field.type as FieldType)) {
				fail(
					`resource "${resource.name}", field "${field.name}" to have a type out of ${FIELD_TYPES.join(', ')} (it has ${JSON.stringify(field.type)})`
				);
			}
		});
	});
	return raw as unknown as PackageDescriptor;
}
