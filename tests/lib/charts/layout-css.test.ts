import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_WIDTHS } from '../../../src/lib/charts/common.ts';
import { CHART_MAX_WIDTH } from '../../../src/lib/ui/embed.ts';

const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');

/** The declarations for `.chart-layouts > [data-width='W']` at the top level or in one @container block. */
function shown(block: string): Map<number, string> {
	const rules = block.matchAll(
		/\.chart-layouts > \[data-width='(\d+)'\]\s*\{\s*display:\s*(\w+);/g
	);
	return new Map([...rules].map((m) => [Number(m[1]), m[2] as string]));
}

/** Each `@container (min-width: Npx) { … }` block, by N. */
function containerBlocks(): Map<number, string> {
	const blocks = new Map<number, string>();
	for (const m of css.matchAll(/@container \(min-width: (\d+)px\) \{([\s\S]*?)\n\}/g)) {
		blocks.set(Number(m[1]), m[2] as string);
	}
	return blocks;
}

describe('the CSS that picks a chart layout', () => {
	it('shows the narrowest layout outside any container query', () => {
		const top = css.replace(/@container[\s\S]*?\n\}/g, '');
		expect(shown(top)).toEqual(new Map([[LAYOUT_WIDTHS[0], 'block']]));
		expect(top).toMatch(/\.chart-layouts > svg \{\s*display: none;/);
	});

	it.each(LAYOUT_WIDTHS.slice(1).map((width, i) => ({ width, previous: LAYOUT_WIDTHS[i] })))(
		'swaps to the layout $width wide when its column is $width px',
		({ width, previous }) => {
			const block = containerBlocks().get(width);
			expect(block, `no @container (min-width: ${width}px)`).toBeDefined();
			expect(shown(block ?? '')).toEqual(
				new Map([
					[previous, 'none'],
					[width, 'block']
				])
			);
		}
	);

	it('has no container query for a width that is not a layout', () => {
		expect([...containerBlocks().keys()]).toEqual(LAYOUT_WIDTHS.slice(1));
	});

	it('stops the drawing growing at the width the embed heights assume', () => {
		const rule = /\.chart-layouts \{[^}]*max-width: ([\d.]+)rem;/.exec(css);
		expect(Number(rule?.[1]) * 16).toBe(CHART_MAX_WIDTH);
	});
});
