import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../src/lib/charts/registry.ts';
import { chartMarkup, exportSvg } from '../../../src/lib/server/export-svg.ts';
import { SITE_ORIGIN } from '../../../src/lib/server/site.ts';
import { REPORT } from '../../../src/lib/source.ts';
import { elements, ids, labelledBy, svgs, texts, unbalancedTags } from '../charts/svg.ts';
import { published } from './published.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');

const charts = buildCharts(published, EN);

/** The words of the SVG's text lines, unescaped, in order. */
function shownText(svg: string): string {
	return texts(svg)
		.join(' ')
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&')
		.replace(/\s+/g, ' ');
}

describe.each(charts.map((spec) => ({ id: spec.id, spec })))('exportSvg($id)', ({ spec }) => {
	const svg = exportSvg(spec, EN);
	const [root, chart] = svgs(svg);
	const words = shownText(svg);

	it('is an XML file with one root <svg> that has a width and a height', () => {
		expect(svg.startsWith('<?xml')).toBe(true);
		expect(elements(svg)[0]?.tag).toBe('svg');
		// Only Svelte's hydration markers, XML comments, may follow the root's end.
		expect(svg.trimEnd()).toMatch(/<\/svg>(<!--[^>]*-->)*$/);
		expect(unbalancedTags(svg)).toEqual([]);
		expect(Number(root?.attrs.width)).toBeGreaterThan(0);
		expect(Number(root?.attrs.height)).toBeGreaterThan(0);
		expect(root?.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
	});

	it('has no unescaped ampersand', () => {
		expect(svg).not.toMatch(/&(?![a-z]+;|#\d+;)/);
	});

	it('holds the chart at its own size, inside the frame', () => {
		const [, , w, h] = (chart?.attrs.viewBox ?? '').split(' ').map(Number);
		expect(Number(chart?.attrs.width)).toBe(w);
		expect(Number(chart?.attrs.height)).toBe(h);
		expect(Number(chart?.attrs.x) + (w ?? 0)).toBeLessThanOrEqual(Number(root?.attrs.width));
		expect(Number(chart?.attrs.y) + (h ?? 0)).toBeLessThanOrEqual(Number(root?.attrs.height));
	});

	it('carries the title and the takeaway', () => {
		expect(texts(svg, 'title')[0]).toBe(spec.title);
		expect(words).toContain(spec.title);
		expect(words).toContain(spec.takeaway.replace(/\s+/g, ' '));
	});

	it('carries every note', () => {
		for (const note of spec.notes) {
			const first = note.split(/\s+/).slice(0, 4).join(' ');
			expect(words).toContain(first);
			expect(words).toContain(note.replace(/\s+/g, ' '));
		}
	});

	it('carries the source line with the report’s address and sections', () => {
		expect(words).toContain('Source:');
		expect(words).toContain(REPORT.url);
		for (const section of spec.sections) expect(words).toContain(section);
	});

	it('exports the light theme only', () => {
		expect(svg).not.toContain('prefers-color-scheme');
	});

	it('carries resolved colours only, since renderers such as resvg ignore custom properties', () => {
		expect(svg).not.toContain('var(');
		expect(svg).toMatch(/\.chart-svg text \{[^}]*fill: #[0-9a-f]{6};/);
	});

	it('carries the data licence and the chart’s absolute address on the dashboard', () => {
		expect(words).toContain(`Data: CC0 1.0 · ${SITE_ORIGIN}${spec.page}#${spec.id}`);
		expect(SITE_ORIGIN).toMatch(/^https?:\/\//);
	});
});

describe.each(charts.map((spec) => ({ id: spec.id, spec })))('chartMarkup($id)', ({ spec }) => {
	const markup = chartMarkup(spec);

	it('is one labelled chart without hydration comments', () => {
		expect(markup).not.toContain('<!--');
		const [svg, ...rest] = svgs(markup);
		expect(rest).toEqual([]);
		expect(svg?.attrs.role).toBe('img');
		const present = new Set(ids(markup));
		for (const id of labelledBy(svg ?? { tag: 'svg', attrs: {} })) {
			expect(present.has(id)).toBe(true);
			expect(id.startsWith('export-')).toBe(true);
		}
	});
});
