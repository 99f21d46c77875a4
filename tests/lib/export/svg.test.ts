import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	DATA_LICENCE,
	sourceLine,
	standaloneSvg,
	TITLE_CHAR,
	TEXT_CHAR,
	SMALL_CHAR
} from '../../../src/lib/export/svg.ts';
import type { Section } from '../../../src/lib/data/types.ts';
import { REPORT } from '../../../src/lib/source.ts';
import { MAP_CREDIT } from '../../../src/lib/charts/geo.ts';
import { elements, svgs, texts, unbalancedTags, withText } from '../charts/svg.ts';

const markup =
	'<!--[--><svg class="chart-svg" viewBox="0 0 400 120" role="img"><title>t</title><rect width="10" height="10"></rect></svg><!--]-->';

const text = {
	title: 'Deaths & injuries <2012>',
	takeaway:
		'At least 20 people were killed in the 4 incidents the report describes, all between July and September 2012.',
	notes: [
		'A "quoted" note & another.',
		'The second note is long enough to need wrapping over more than one line of the footer.'
	],
	sections: ['2012 Terrorist Incidents'] as Section[]
};

describe('sourceLine', () => {
	it.each<{ sections: Section[]; word: string }>([
		{ sections: ['Overview'], word: 'section' },
		{ sections: ['Overview', 'Countering Terrorist Finance'], word: 'sections' }
	])('names $sections.length section(s) and the report', ({ sections, word }) => {
		const line = sourceLine(sections);
		expect(line.startsWith('Source:')).toBe(true);
		expect(line).toContain(REPORT.url);
		expect(line).toContain(REPORT.publisher);
		expect(line).toContain(` ${word} `);
		for (const s of sections) expect(line).toContain(s);
	});
});

describe('standaloneSvg', () => {
	const out = standaloneSvg(markup, text);

	it('sets no text smaller than 12 px, in its own styles or the chart’s', () => {
		const sizes = [...out.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
		expect(sizes.length).toBeGreaterThan(3);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});
	const [outer, inner] = svgs(out);

	it('is an XML file with one root <svg> sized in pixels', () => {
		expect(out.startsWith('<?xml')).toBe(true);
		expect(out.trimEnd().endsWith('</svg>')).toBe(true);
		expect(unbalancedTags(out)).toEqual([]);
		expect(elements(out)[0]?.tag).toBe('svg');
		expect(Number(outer?.attrs.width)).toBeGreaterThan(400);
		expect(Number(outer?.attrs.height)).toBeGreaterThan(120);
		expect(outer?.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
	});

	it('nests the chart at its own size inside the frame', () => {
		expect(inner?.attrs.width).toBe('400');
		expect(inner?.attrs.height).toBe('120');
		expect(Number(inner?.attrs.y)).toBeGreaterThan(0);
		expect(Number(inner?.attrs.y) + 120).toBeLessThan(Number(outer?.attrs.height));
	});

	it('drops hydration comments', () => {
		expect(out).not.toContain('<!--');
	});

	it('escapes the title, takeaway and notes', () => {
		expect(out).toContain('Deaths &amp; injuries &lt;2012&gt;');
		expect(out).not.toContain('<2012>');
		expect(out).toContain('A &quot;quoted&quot; note &amp; another.');
	});

	it('carries the title, every word of the takeaway and notes, and the source', () => {
		const shown = texts(out).join(' ').split(/\s+/);
		const words = [text.takeaway, ...text.notes, REPORT.url].join(' ').split(/\s+/);
		for (const w of words) expect(shown).toContain(w);
		expect(texts(out, 'title')[0]).toBe(text.title);
		expect(shown.join(' ')).toContain('Source:');
	});

	it('puts every line of text inside the frame, without overlaps', () => {
		const ys = elements(out, 'text')
			.filter((e) => /^export-[a-z]+$/.test(e.attrs.class ?? ''))
			.map((e) => Number(e.attrs.y));
		expect(ys.length).toBeGreaterThan(3);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
		expect(Math.max(...ys)).toBeLessThanOrEqual(Number(outer?.attrs.height));
		const top = Number(inner?.attrs.y);
		const bottom = top + Number(inner?.attrs.height);
		// A line's glyphs sit above its baseline, up to the small text's size (10.5px).
		for (const y of ys) expect(y <= top || y - 10.5 >= bottom).toBe(true);
	});

	it('exports the light theme only', () => {
		expect(out).not.toContain('prefers-color-scheme');
	});

	it('names the data licence under the source line, and the address where it is given', () => {
		const lines = texts(out);
		expect(lines.at(-1)).toBe(`Data: ${DATA_LICENCE}`);
		const withAddress = texts(
			standaloneSvg(markup, { ...text, address: 'https://example.org/incidents/#deaths' })
		);
		expect(withAddress.at(-1)).toBe(
			`Data: ${DATA_LICENCE} · https://example.org/incidents/#deaths`
		);
	});

	it('names the bundled font first', () => {
		expect(outer?.attrs['font-family']).toMatch(/^Inter, /);
	});
});

describe('DATA_LICENCE', () => {
	it('is the licence of the published tables in datapackage.json, the first it lists', () => {
		const descriptor = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8')) as {
			licenses: { name: string }[];
		};
		const names = descriptor.licenses.map((l) => l.name.replaceAll('-', ' '));
		expect(names[0]).toBe(DATA_LICENCE);
		// Any other licence covers a part (the GeoNames positions) and is named in the maps' credit.
		for (const name of names.slice(1)) expect(MAP_CREDIT).toContain(name);
	});
});

describe('standaloneSvg keeps every line inside the image', () => {
	const markup = '<svg class="chart-svg" viewBox="0 0 400 120"><rect data-mark="bar"/></svg>';
	const long = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
	it.each([
		{
			name: 'a long title',
			text: { title: long(30), takeaway: 'Short.', notes: [], sections: [] }
		},
		{ name: 'a long takeaway', text: { title: 'T', takeaway: long(60), notes: [], sections: [] } },
		{
			name: 'long notes',
			text: { title: 'T', takeaway: 'S.', notes: [long(80), long(40)], sections: [] }
		}
	])('$name', ({ text }) => {
		const svg = standaloneSvg(markup, { ...text, sections: ['Overview'] });
		const perChar = { title: TITLE_CHAR, text: TEXT_CHAR, small: SMALL_CHAR } as const;
		const lines = withText(svg).filter((e) => e.attrs.class?.startsWith('export-'));
		expect(lines.length).toBeGreaterThan(2);
		for (const { attrs, text: content } of lines) {
			const kind = (attrs.class ?? '').slice('export-'.length);
			expect(Object.keys(perChar)).toContain(kind);
			const width = content.length * perChar[kind as keyof typeof perChar];
			expect(width, content).toBeLessThanOrEqual(400);
		}
		// Nothing is lost in the wrapping.
		for (const word of text.title.split(' ')) expect(svg).toContain(word);
	});
});
