import { describe, expect, it } from 'vitest';
import { applyPatch, type Operation } from './fixtures.ts';

const doc = {
	name: 'pkg',
	resources: [
		{ name: 'a', fields: [{ name: 'x', type: 'integer' }] },
		{ name: 'b/c', fields: [] }
	]
};

describe('applyPatch', () => {
	it.each<{ name: string; ops: Operation[]; expected: unknown }>([
		{
			name: 'replace through array elements picked by name',
			ops: [{ op: 'replace', path: '/resources/a/fields/x/type', value: 'number' }],
			expected: {
				name: 'pkg',
				resources: [
					{ name: 'a', fields: [{ name: 'x', type: 'number' }] },
					{ name: 'b/c', fields: [] }
				]
			}
		},
		{
			name: 'remove by name, with ~1 for a slash',
			ops: [{ op: 'remove', path: '/resources/b~1c' }],
			expected: {
				name: 'pkg',
				resources: [{ name: 'a', fields: [{ name: 'x', type: 'integer' }] }]
			}
		},
		{
			name: 'remove by index, add a member and append to an array',
			ops: [
				{ op: 'remove', path: '/resources/0' },
				{ op: 'add', path: '/version', value: '2' },
				{ op: 'add', path: '/resources/0/fields/-', value: { name: 'y' } }
			],
			expected: { name: 'pkg', resources: [{ name: 'b/c', fields: [{ name: 'y' }] }], version: '2' }
		},
		{
			name: 'a test that holds changes nothing',
			ops: [{ op: 'test', path: '/resources/a/fields/x', value: { name: 'x', type: 'integer' } }],
			expected: doc
		}
	])('$name', ({ ops, expected }) => {
		expect(applyPatch(doc, ops)).toEqual(expected);
	});

	it('leaves the document it was given alone', () => {
		applyPatch(doc, [{ op: 'remove', path: '/resources/a' }]);
		expect(doc.resources.map((r) => r.name)).toEqual(['a', 'b/c']);
	});

	it.each<{ name: string; op: Operation; error: RegExp }>([
		{
			name: 'an unknown name',
			op: { op: 'remove', path: '/resources/websites' },
			error: /remove \/resources\/websites: no element named "websites"/
		},
		{
			name: 'a missing member',
			op: { op: 'replace', path: '/resources/a/title', value: 't' },
			error: /the path leads nowhere/
		},
		{
			name: 'a missing member on the way',
			op: { op: 'replace', path: '/schema/fields', value: [] },
			error: /the path leads nowhere/
		},
		{
			name: 'an index past the end',
			op: { op: 'remove', path: '/resources/5' },
			error: /the path leads nowhere/
		},
		{
			name: 'going into a string',
			op: { op: 'replace', path: '/name/x', value: 1 },
			error: /"x" is inside a string/
		},
		{
			name: 'a test that fails',
			op: { op: 'test', path: '/resources/a/fields/x/type', value: 'string' },
			error: /found "integer"/
		},
		{
			name: 'a path without a leading slash',
			op: { op: 'remove', path: 'name' },
			error: /starts with/
		}
	])('throws on $name', ({ op, error }) => {
		expect(() => applyPatch(doc, [op])).toThrow(error);
	});
});
