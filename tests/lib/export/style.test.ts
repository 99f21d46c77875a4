import { describe, expect, it } from 'vitest';
import {
	customProperties,
	EXPORT_CSS,
	LIGHT_COLOURS,
	resolveCustomProperties
} from '../../../src/lib/export/style.ts';

describe('resolveCustomProperties', () => {
	it.each([
		{
			name: 'one property used once',
			css: '.a { --ink: #111; } .a text { fill: var(--ink); }',
			out: '.a { } .a text { fill: #111; }'
		},
		{
			name: 'one property used twice, spaces inside var()',
			css: '.a { --c: red; } .b { fill: var( --c ); stroke: var(--c); }',
			out: '.a { } .b { fill: red; stroke: red; }'
		},
		{
			name: 'two properties with dashes in their names',
			css: '.a {\n\t--chart-bar: #1f5f99;\n\t--chart-soft: #dbe7f3;\n}\n.bar { fill: var(--chart-soft); stroke: var(--chart-bar); }',
			out: '.a {\n}\n.bar { fill: #dbe7f3; stroke: #1f5f99; }'
		},
		{ name: 'no properties', css: '.a { fill: blue; }', out: '.a { fill: blue; }' }
	])('$name', ({ css, out }) => {
		expect(resolveCustomProperties(css)).toBe(out);
	});

	it('stops at a property that is used but never declared, naming it', () => {
		expect(() => resolveCustomProperties('.a { fill: var(--missing); }')).toThrow('--missing');
	});
});

describe('customProperties', () => {
	it('reads every declaration with its value trimmed', () => {
		expect(customProperties('.a { --x: #fff ; --y-z:1px; color: red; }')).toEqual(
			new Map([
				['--x', '#fff'],
				['--y-z', '1px']
			])
		);
	});
});

describe('EXPORT_CSS', () => {
	it('carries the chart styles with every colour resolved', () => {
		expect(EXPORT_CSS).not.toContain('var(');
		expect(EXPORT_CSS).not.toMatch(/--chart-/);
		expect(EXPORT_CSS).toMatch(/\.chart-svg \.bar \{\s*fill: #[0-9a-f]{6};\s*\}/);
		expect(EXPORT_CSS).toMatch(/\.chart-svg \.rule \{[^}]*stroke: #[0-9a-f]{6};/);
	});

	it('is the light theme only', () => {
		expect(EXPORT_CSS).not.toContain('prefers-color-scheme');
		expect(LIGHT_COLOURS.get('--chart-paper')).toBe('#ffffff');
		expect(LIGHT_COLOURS.size).toBeGreaterThan(4);
		for (const value of LIGHT_COLOURS.values()) expect(value).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('names the bundled font first for the chart text', () => {
		expect(EXPORT_CSS).toMatch(/\.chart-svg \{ font-family: Inter, [^}]*\}\s*$/);
	});
});
