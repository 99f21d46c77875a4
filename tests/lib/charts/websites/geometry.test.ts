import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS } from '../../../../src/lib/charts/common.ts';
import WebsitesChart from '../../../../src/lib/charts/websites/WebsitesChart.svelte';
import {
	layoutWebsites,
	PUBLISHED,
	type WebsitesLayout
} from '../../../../src/lib/charts/websites/geometry.ts';
import { website } from '../../data/rows.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';
import { marks } from '../svg.ts';

/** Every line of words the chart draws: years, labels, details and the publication. */
function textLines(layout: WebsitesLayout): TextLine[] {
	return [
		...layout.axis.ticks.map((t) => ({
			text: t.label,
			x: t.x + 3,
			y: layout.axis.y - 3,
			size: 12
		})),
		...layout.marks.flatMap((m) => [
			...linesAt(m.labelLines, layout.textX, m.labelY, FONT_SIZE),
			...linesAt(m.detailLines, layout.textX, m.detailY, 12)
		]),
		{
			text: layout.published.label,
			x: layout.published.x - 3,
			y: layout.published.labelY,
			size: 12,
			anchor: 'end'
		}
	];
}

/** The periods: solid, hollow year and open-ended arrow. */
function markBoxes(layout: WebsitesLayout): Box[] {
	return layout.marks.flatMap((m) =>
		[m.bar, m.fuzzyStart, m.openEnd].flatMap((span) =>
			span
				? [{ left: span.x1, right: span.x2, top: m.barY, bottom: m.barY + layout.barHeight }]
				: []
		)
	);
}

/** x of a date on a layout's axis, read back from two year ticks. */
function xOf(layout: ReturnType<typeof layoutWebsites>, date: Date): number {
	const [a, b] = layout.axis.ticks;
	const [t0, t1] = [Date.UTC(Number(a?.label), 0, 1), Date.UTC(Number(b?.label), 0, 1)];
	const perMs = ((b?.x ?? NaN) - (a?.x ?? NaN)) / (t1 - t0);
	return (a?.x ?? NaN) + perMs * (date.getTime() - t0);
}

describe('layoutWebsites', () => {
	const cases = [
		{
			name: 'a period stated to the month',
			row: website('a', 1800, '2012-01', '2012-09'),
			from: Date.UTC(2012, 0, 1),
			to: Date.UTC(2012, 9, 1),
			fuzzy: false,
			open: false
		},
		{
			name: 'a year-only start and no end date',
			row: website('b', 950, '2010', null, 'shut_down'),
			from: Date.UTC(2010, 0, 1),
			to: PUBLISHED.getTime(),
			fuzzy: true,
			open: true
		},
		{
			name: 'a year-only start and a stated end',
			row: website('c', 10, '2011', '2012-06'),
			from: Date.UTC(2011, 0, 1),
			to: Date.UTC(2012, 6, 1),
			fuzzy: true,
			open: false
		}
	];

	it.each(cases)('draws $name over exactly its period', ({ row, from, to, fuzzy, open }) => {
		const layout = layoutWebsites([row, website('z', 1, '2010-01', '2010-02')]);
		const [mark] = layout.marks;
		const start = mark?.fuzzyStart?.x1 ?? mark?.bar?.x1 ?? NaN;
		const end = mark?.openEnd?.x2 ?? mark?.bar?.x2 ?? NaN;
		expect(start).toBeCloseTo(xOf(layout, new Date(from)), 0);
		expect(end).toBeCloseTo(xOf(layout, new Date(to)), 0);
		expect(mark?.fuzzyStart !== null).toBe(fuzzy);
		expect(mark?.openEnd !== null).toBe(open);
		// An open period has no solid bar: no part of it is stated to the month.
		if (open) expect(mark?.bar).toBeNull();
		if (fuzzy)
			expect(mark?.fuzzyStart?.x2).toBeCloseTo(
				xOf(layout, new Date(Date.UTC(Number(row.period_start) + 1, 0, 1))),
				0
			);
	});

	it('says "since" and "no end date" for an open period, and gives counts with separators', () => {
		const layout = layoutWebsites([website('b', 1950, '2010', null, 'shut_down')]);
		expect(layout.marks[0]?.label).toBe('1,950 websites shut down');
		expect(layout.marks[0]?.detail).toMatch(/since 2010 \(no end date given\)/);
	});

	it('never scales anything by the counts: a figure 100 times larger draws the same period', () => {
		const small = layoutWebsites([website('a', 18, '2012-01', '2012-09')]).marks[0];
		const large = layoutWebsites([website('a', 1800, '2012-01', '2012-09')]).marks[0];
		expect(large?.bar).toEqual(small?.bar);
	});

	describe.each([
		{ name: 'the published figures', rows: publishedRows.websites },
		{ name: 'the made-up figures', rows: cases.map((c) => c.row) },
		{ name: 'one figure', rows: [website('a', 1800, '2012-01', '2012-09')] },
		{
			name: 'a long agency name and an open end',
			rows: [
				{
					...website('a', 125000, '2009', null, 'shut_down'),
					agency: 'Committee for Information and Archives of the Ministry of Culture'
				},
				website('b', 3, '2012-03', '2012-04')
			]
		}
	])('$name', ({ rows }) => {
		describe.each(LAYOUT_WIDTHS)('at width %d', (width) => {
			const layout = layoutWebsites(rows, width);

			it('keeps every line of words inside the viewBox', () => {
				expect(outside(textLines(layout), width)).toEqual([]);
			});

			it('never draws two lines of words over each other', () => {
				expect(collisions(textLines(layout))).toEqual([]);
			});

			it('never draws words over a period', () => {
				expect(onMarks(textLines(layout), markBoxes(layout))).toEqual([]);
			});

			it('keeps the words of a figure whole across its lines, and the chart tall enough', () => {
				for (const m of layout.marks) {
					expect(m.labelLines.join('')).toBe(m.label);
					expect(m.detailLines.join('')).toBe(m.detail);
				}
				expect(Math.max(...textLines(layout).map((l) => l.y + 4))).toBeLessThanOrEqual(
					layout.height
				);
			});
		});
	});

	it('wraps the details at 240 and grows the chart to hold them, not at 600', () => {
		const narrow = layoutWebsites(publishedRows.websites, 240);
		const wide = layoutWebsites(publishedRows.websites, 600);
		expect(narrow.marks.some((m) => m.detailLines.length > 1)).toBe(true);
		expect(wide.marks.every((m) => m.detailLines.length === 1)).toBe(true);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});

	it('draws each period longer at 600 than at 240', () => {
		const span = (width: number) => {
			const m = layoutWebsites(publishedRows.websites, width).marks.find((mark) => mark.bar);
			return (m?.bar?.x2 ?? 0) - (m?.bar?.x1 ?? 0);
		};
		expect(span(600)).toBeGreaterThan(span(240) * 2);
	});

	it.each(LAYOUT_WIDTHS)('stays inside a viewBox %d wide', (width) => {
		const layout = layoutWebsites(
			cases.map((c) => c.row),
			width
		);
		for (const m of layout.marks) {
			for (const span of [m.bar, m.fuzzyStart, m.openEnd]) {
				if (!span) continue;
				expect(span.x1).toBeGreaterThanOrEqual(0);
				expect(span.x2).toBeLessThanOrEqual(width);
				expect(span.x2).toBeGreaterThan(span.x1);
			}
			expect(m.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
		}
	});
});

describe('WebsitesChart', () => {
	it('draws one period, one hollow year and one open end for the published shape', () => {
		const layout = layoutWebsites([
			website('a', 1800, '2012-01', '2012-09'),
			website('b', 950, '2010', null, 'shut_down')
		]);
		const body = render(WebsitesChart, { props: { layout, title: 'T', desc: 'D', id: 'w' } }).body;
		expect(marks(body, 'period')).toHaveLength(1);
		expect(marks(body, 'fuzzy-start')).toHaveLength(1);
		expect(marks(body, 'open-end')).toHaveLength(1);
		expect(body).toContain('1,800 websites reviewed');
		expect(body).toContain('950 websites shut down');
	});
});
