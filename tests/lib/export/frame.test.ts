import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../../src/lib/charts/registry.ts';
import { exportLayout } from '../../../src/lib/charts/spec.ts';
import {
	FRAME_PAD,
	FRAME_TYPE,
	frameLayout,
	type ExportText
} from '../../../src/lib/export/frame.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');
const englishWords = EN.m.export;
import { exportSvg } from '../../../src/lib/server/export-svg.ts';
import { drawnBox } from '../../../src/lib/server/png.ts';
import { REPORT } from '../../../src/lib/source.ts';
import { measure } from '../../../src/lib/text/measure.ts';
import { elements, svgs, texts, unbalancedTags } from '../charts/svg.ts';
import { published } from '../server/published.ts';
import { CYRILLIC, russianWords } from './russian-words.ts';

const charts = buildCharts(published, EN);

/** The frame with its words alone: background and chart taken out. */
function wordsOnly(svg: string): string {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const root = doc.documentElement!;
	for (const child of [...root.childNodes])
		if (child.nodeName === 'rect' || child.nodeName === 'svg') root.removeChild(child);
	return new XMLSerializer().serializeToString(doc);
}
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe.each(charts.map((spec) => ({ id: spec.id, spec })))(
	'the export frame of $id',
	({ spec }) => {
		const layout = exportLayout(spec);
		const svg = exportSvg(spec, EN);
		const frame = frameLayout(layout, { ...spec, address: 'https://example.org/x' }, englishWords);

		it('parses as XML, one <svg> root holding the chart at its export layout’s size', () => {
			expect(unbalancedTags(svg)).toEqual([]);
			const [root, chart, ...rest] = svgs(svg);
			expect(rest).toEqual([]);
			expect(elements(svg)[0]?.tag).toBe('svg');
			expect(root?.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
			expect(chart?.attrs.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);
			expect(Number(chart?.attrs.width)).toBe(layout.width);
			expect(Number(chart?.attrs.height)).toBe(layout.height);
			expect(Number(chart?.attrs.x)).toBe(FRAME_PAD);
			expect(Number(root?.attrs.width)).toBe(layout.width + 2 * FRAME_PAD);
		});

		it('keeps every line within the chart’s width, as measured in the page’s widest font', () => {
			for (const line of frame.lines) {
				const { size, weight } = FRAME_TYPE[line.kind];
				const width = measure(line.text, size, weight, 'page');
				// A single word longer than the width may stand alone; no chart has one.
				expect(width, line.text).toBeLessThanOrEqual(layout.width);
			}
		});

		it('draws its words, in Inter, inside the frame’s margins', () => {
			const box = drawnBox(wordsOnly(svg));
			expect(box.left).toBeGreaterThanOrEqual(FRAME_PAD - 1);
			expect(box.right).toBeLessThanOrEqual(layout.width + FRAME_PAD + 1);
		});

		it('puts the words above and below the chart, never over it', () => {
			const ys = frame.lines.map((l) => l.y);
			for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
			const { y, height } = frame.chart;
			for (const line of frame.lines) {
				const top = line.y - FRAME_TYPE[line.kind].size;
				expect(line.y <= y || top >= y + height, line.text).toBe(true);
			}
			expect(frame.height).toBeGreaterThan(Math.max(...ys));
		});

		it('loses no word of the title, takeaway and notes', () => {
			const shown = words(texts(svg).join(' '));
			for (const w of words([spec.title, spec.takeaway, ...spec.notes].join(' ')))
				expect(shown).toContain(w);
		});
	}
);

describe('the export frame’s words', () => {
	const spec = charts[0]!;
	const layout = exportLayout(spec);
	const text: ExportText = {
		...spec,
		title: CYRILLIC.title,
		takeaway: CYRILLIC.summary,
		notes: [CYRILLIC.summary]
	};

	it('come from the words object, in Russian as in English', () => {
		const en = texts(exportSvg(spec, EN)).join(' ');
		const ru = texts(exportSvg(spec, langFor('ru'))).join(' ');
		expect(en).toContain('Source:');
		expect(ru).toContain('Источник:');
		expect(ru).toContain('Примечание:');
		expect(ru).toContain('Данные: CC0 1.0');
		for (const english of ['Source:', 'Note:', 'Data:']) expect(ru).not.toContain(english);
		expect(ru).toContain(REPORT.url);
	});

	it('wrap Cyrillic text by its measured width, each line filled before the next', () => {
		const frame = frameLayout(layout, text, russianWords);
		const takeaway = frame.lines.filter((l) => l.kind === 'text');
		expect(takeaway.length).toBeGreaterThan(1);
		expect(takeaway.map((l) => l.text).join(' ')).toBe(CYRILLIC.summary);
		const width = (s: string) => measure(s, FRAME_TYPE.text.size, 400, 'page');
		takeaway.forEach((line, i) => {
			expect(width(line.text)).toBeLessThanOrEqual(layout.width);
			const next = takeaway[i + 1];
			if (next) expect(width(`${line.text} ${words(next.text)[0]}`)).toBeGreaterThan(layout.width);
		});
	});
});
