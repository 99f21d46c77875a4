import { describe, expect, it } from 'vitest';
import { parseBasePath, parseSiteOrigin } from '../../../src/lib/server/site.ts';

describe('parseSiteOrigin', () => {
	it.each<[string | undefined, string, string]>([
		[undefined, '', 'http://localhost:4173'],
		['', '', 'http://localhost:4173'],
		['https://figures.example.org', '', 'https://figures.example.org'],
		['https://figures.example.org/', '', 'https://figures.example.org'],
		['  https://Figures.Example.org  ', '', 'https://figures.example.org'],
		['http://localhost:8080', '', 'http://localhost:8080'],
		['https://figures.example.org', '/crt-dashboard', 'https://figures.example.org/crt-dashboard'],
		[
			'https://figures.example.org/crt-dashboard/',
			'/crt-dashboard',
			'https://figures.example.org/crt-dashboard'
		],
		['https://user.github.io', '/a/b', 'https://user.github.io/a/b']
	])('%j under base path %j is %s', (value, base, address) => {
		expect(parseSiteOrigin(value, base)).toBe(address);
	});

	it.each<[string, string, RegExp]>([
		[
			'figures.example.org',
			'',
			/absolute http\(s\) URL such as https:\/\/example\.org; found "figures\.example\.org"/
		],
		['/crt-dashboard', '', /absolute http\(s\) URL/],
		[
			'ftp://figures.example.org',
			'',
			/must use http or https; found "ftp:\/\/figures\.example\.org"/
		],
		[
			'https://figures.example.org/other',
			'',
			/path "\/other" but the site is built for the root of its host: set CRT_BASE_PATH=\/other and SITE_ORIGIN=https:\/\/figures\.example\.org/
		],
		[
			'https://figures.example.org/other',
			'/crt-dashboard',
			/path "\/other" but CRT_BASE_PATH is "\/crt-dashboard"/
		]
	])('refuses %j under base path %j', (value, base, message) => {
		expect(() => parseSiteOrigin(value, base)).toThrow(message);
	});
});

describe('parseBasePath', () => {
	it.each<[string | undefined, string]>([
		[undefined, ''],
		['', ''],
		['/crt-dashboard', '/crt-dashboard'],
		['/a/b', '/a/b']
	])('%j is %j', (value, base) => {
		expect(parseBasePath(value)).toBe(base);
	});

	it.each(['crt-dashboard', '/crt-dashboard/', '/', '//x', '/a b', '/a?b'])(
		'refuses %j',
		(value) => {
			expect(() => parseBasePath(value)).toThrow(/CRT_BASE_PATH must start with "\/" and not end/);
		}
	);
});
