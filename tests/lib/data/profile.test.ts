import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

/** The Frictionless profiles as the datapackage library publishes them, not a copy of ours. */
const require = createRequire(import.meta.url);
const profile = (name: string) =>
	JSON.parse(
		readFileSync(require.resolve(`datapackage/src/profiles/${name}.json`), 'utf8')
	) as object;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// An editor hint in the profiles, not a constraint.
ajv.addFormat('textarea', true);

const PROFILES = ['data-package', 'tabular-data-package'].map((name) => ({
	name,
	validate: ajv.compile(profile(name))
}));

const descriptor = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8')) as Record<
	string,
	unknown
>;

describe('datapackage.json against the published Frictionless profiles (v1)', () => {
	it.each(PROFILES)('is a valid $name', ({ validate }) => {
		validate(descriptor);
		expect(validate.errors ?? []).toEqual([]);
	});

	it('declares the tabular profile for the package and each resource', () => {
		expect(descriptor.profile).toBe('tabular-data-package');
		for (const resource of descriptor.resources as { profile: string }[]) {
			expect(resource.profile).toBe('tabular-data-resource');
		}
	});

	it.each<{ change: string; edit: (d: Record<string, unknown>) => void; path: string }>([
		{
			change: 'created as a calendar date',
			edit: (d) => (d.created = '2026-11-26'),
			path: '/created'
		},
		{ change: 'no resources', edit: (d) => (d.resources = []), path: '/resources' },
		{
			change: 'a resource name with capitals',
			edit: (d) => ((d.resources as { name: string }[])[0]!.name = 'Incidents'),
			path: '/resources/0/name'
		}
	])('rejects a descriptor with $change', ({ edit, path }) => {
		const broken = structuredClone(descriptor);
		edit(broken);
		const validate = PROFILES.find((p) => p.name === 'tabular-data-package')!.validate;
		expect(validate(broken)).toBe(false);
		expect((validate.errors ?? []).map((e) => e.instancePath)).toContain(path);
	});
});
