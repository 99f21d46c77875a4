import { langFor, type Lang } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS } from '../../../../src/lib/charts/common.ts';
import WebsitesChart from '../../../../src/lib/charts/websites/WebsitesChart.svelte';
import {
	layoutWebsites,
	PUBLISHED,
	type WebsiteMark,
	type WebsitesLayout
} from '../../../../src/lib/charts/websites/geometry.ts';
import { website } from '../../data/rows.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';
import { marks } from '../svg.ts';

/** Every line of words the chart draws: counts, labels, agencies, periods and years. */
function textLines(layout: WebsitesLayout): TextLine[] {
	return layout.marks.flatMap((m) => [
		{ text: m.count, x: m.x, y: m.countY, size: layout.countSize },
		...linesAt(m.labelLines, m.x, m.labelY, FONT_SIZE),
		...linesAt(m.agencyLines, m.x, m.agencyY, 12),
		...linesAt(m.periodLines, m.x, m.periodY, 12),
		...m.strip.ticks.map((t) => ({
			text: t.label,
			x: t.labelX,
			y: m.strip.axisY + 15,
			size: 12,
			anchor: t.anchor
		}))
	]);
}

/** The periods: solid, hollow year and open-ended arrow. */
function markBoxes(layout: WebsitesLayout): Box[] {
	return layout.marks.flatMap((m) =>
		[m.strip.bar, m.strip.fuzzyStart, m.strip.openEnd].flatMap((span) =>
			span
				? [
						{
							left: span.x1,
							right: span.x2,
							top: m.strip.barY,
							bottom: m.strip.barY + layout.barHeight
						}
					]
				: []
		)
	);
}

/** x of a date on a panel's own scale, read back from its first and last year ticks. */
function xOf(mark: WebsiteMark, date: Date): number {
	const ticks = mark.strip.ticks;
	const [a, b] = [ticks[0], ticks[ticks.length - 1]];
	const [t0, t1] = [Date.UTC(Number(a?.label), 0, 1), Date.UTC(Number(b?.label), 0, 1)];
	const perMs = ((b?.x ?? NaN) - (a?.x ?? NaN)) / (t1 - t0);
	return (a?.x ?? NaN) + perMs * (date.getTime() - t0);
}

/** Words of the tests, by hand: the group separator, the plural case of 950 and 1,950, and the open end. */
const WORDS = {
	en: {
		thousand: '1,800',
		shutDown: 'websites shut down',
		count: '1,950',
		since: 'since 2010 (the report gives no end date)',
		noEnd: /the report gives no end date/
	},
	ru: {
		thousand: '1\u00a0800',
		shutDown: 'заблокированных сайтов',
		count: '1\u00a0950',
		since: 'с 2010 г. (дата окончания в докладе не указана)',
		noEnd: /дата окончания в докладе не указана/
	},
	kk: {
		thousand: '1\u00a0800',
		shutDown: 'сайт бұғатталған',
		count: '1\u00a0950',
		since: '2010 жылдан бастап (баяндамада аяқталу мерзімі көрсетілмеген)',
		noEnd: /аяқталу мерзімі көрсетілмеген/
	}
};

/** An edition whose websites catalogue gives an agency for any row id, for made-up rows. */
function withAgencyForEveryId(lang: Lang): Lang {
	const real = Object.values(lang.m.websites.agencies)[0];
	if (!real) throw new Error('The catalogue names no agency');
	const agencies = new Proxy(lang.m.websites.agencies, {
		get: (target, id: string) => target[id] ?? real
	});
	return { ...lang, m: { ...lang.m, websites: { ...lang.m.websites, agencies } } };
}

describe.each(LOCALES)('in %s', (locale) => {
	// The made-up rows' ids are not in the catalogues: each is given the first real figure's agency.
	const lang = withAgencyForEveryId(langFor(locale));
	const W = WORDS[locale];
	describe('layoutWebsites', () => {
		const cases = [
			{
				name: 'a period stated to the month',
				row: website('a', 1800, '2012-01', '2012-09'),
				from: Date.UTC(2012, 0, 1),
				to: Date.UTC(2012, 9, 1),
				years: ['2012', '2013'],
				fuzzy: false,
				open: false
			},
			{
				name: 'a year-only start and no end date',
				row: website('b', 950, '2010', null, 'shut_down'),
				from: Date.UTC(2010, 0, 1),
				to: null,
				years: ['2010', '2011', '2012', '2013'],
				fuzzy: true,
				open: true
			},
			{
				name: 'a year-only start and a stated end',
				row: website('c', 10, '2011', '2012-06'),
				from: Date.UTC(2011, 0, 1),
				to: Date.UTC(2012, 6, 1),
				years: ['2011', '2012', '2013'],
				fuzzy: true,
				open: false
			}
		];

		it.each(cases)(
			'draws $name over exactly its period, on whole years of its own',
			({ row, from, to, years, fuzzy, open }) => {
				const layout = layoutWebsites([row, website('z', 1, '2005-01', '2005-02')], lang);
				const mark = layout.marks[0] as WebsiteMark;
				expect(mark.strip.ticks.map((t) => t.label)).toEqual(years);
				const start = mark.strip.fuzzyStart?.x1 ?? mark.strip.bar?.x1 ?? NaN;
				expect(start).toBeCloseTo(xOf(mark, new Date(from)), 0);
				if (to !== null) expect(mark.strip.bar?.x2).toBeCloseTo(xOf(mark, new Date(to)), 0);
				expect(mark.strip.fuzzyStart !== null).toBe(fuzzy);
				expect(mark.strip.openEnd !== null).toBe(open);
				// An open period has no solid bar: no part of it is stated to the month.
				if (open) expect(mark.strip.bar).toBeNull();
				if (fuzzy)
					expect(mark.strip.fuzzyStart?.x2).toBeCloseTo(
						xOf(mark, new Date(Date.UTC(Number(row.period_start) + 1, 0, 1))),
						0
					);
			}
		);

		it('runs an open end off its scale to no date: not to the publication, not to the edge', () => {
			const [mark] = layoutWebsites([website('b', 950, '2010', null, 'shut_down')], lang).marks;
			const end = mark?.strip.openEnd?.x2 ?? NaN;
			expect(end).toBeLessThan(mark?.strip.x2 ?? NaN);
			expect(Math.abs(end - xOf(mark as WebsiteMark, PUBLISHED))).toBeGreaterThan(4);
		});

		it('says plainly that an open period has no end date, and gives counts with separators', () => {
			const [mark] = layoutWebsites([website('b', 1950, '2010', null, 'shut_down')], lang).marks;
			expect(mark?.count).toBe(W.count);
			expect(mark?.label).toBe(W.shutDown);
			expect(mark?.period).toBe(W.since);
			expect(mark?.title).toMatch(W.noEnd);
		});

		it('never ends a line with a dangling separator', () => {
			for (const width of LAYOUT_WIDTHS)
				for (const m of layoutWebsites(publishedRows.websites, lang, width).marks)
					for (const line of [...m.labelLines, ...m.agencyLines, ...m.periodLines])
						expect(line.trimEnd()).not.toMatch(/·$/);
		});

		it('never scales anything by the counts: a figure 100 times larger draws the same panel', () => {
			const small = layoutWebsites([website('a', 18, '2012-01', '2012-09')], lang).marks[0];
			const large = layoutWebsites([website('a', 1800, '2012-01', '2012-09')], lang).marks[0];
			expect(large?.strip).toEqual(small?.strip);
			expect(large?.width).toBe(small?.width);
		});

		it.each(LAYOUT_WIDTHS)(
			'gives both counts type of one size and panels of one width at %d',
			(width) => {
				const layout = layoutWebsites(publishedRows.websites, lang, width);
				const widths = new Set(layout.marks.map((m) => m.width));
				expect(widths.size).toBe(1);
				expect(layout.countSize).toBeGreaterThanOrEqual(2 * FONT_SIZE);
			}
		);

		it('sets the two panels side by side from 440 wide, one above the other below', () => {
			for (const width of LAYOUT_WIDTHS) {
				const [a, b] = layoutWebsites(publishedRows.websites, lang, width).marks;
				expect(a?.countY === b?.countY).toBe(width >= 440);
			}
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
				const layout = layoutWebsites(rows, lang, width);

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
						expect(m.agencyLines.join('')).toBe(m.agency);
						expect(m.periodLines.join('')).toBe(m.period);
					}
					expect(Math.max(...textLines(layout).map((l) => l.y + 4))).toBeLessThanOrEqual(
						layout.height
					);
				});

				it('keeps every period inside its panel', () => {
					for (const m of layout.marks)
						for (const span of [m.strip.bar, m.strip.fuzzyStart, m.strip.openEnd]) {
							if (!span) continue;
							expect(span.x1).toBeGreaterThanOrEqual(m.x - 0.1);
							expect(span.x2).toBeLessThanOrEqual(m.x + m.width + 0.1);
							expect(span.x2).toBeGreaterThan(span.x1);
						}
				});
			});
		});
	});
});

describe.each(LOCALES)('in %s', (locale) => {
	const lang = withAgencyForEveryId(langFor(locale));
	const W = WORDS[locale];
	describe('WebsitesChart', () => {
		it('draws two counts, one period, one hollow year and one open end for the published shape', () => {
			const layout = layoutWebsites(
				[website('a', 1800, '2012-01', '2012-09'), website('b', 950, '2010', null, 'shut_down')],
				lang
			);
			const body = render(WebsitesChart, {
				props: { layout, title: 'T', desc: 'D', id: 'w' }
			}).body;
			expect(marks(body, 'count')).toHaveLength(2);
			expect(marks(body, 'period')).toHaveLength(1);
			expect(marks(body, 'fuzzy-start')).toHaveLength(1);
			expect(marks(body, 'open-end')).toHaveLength(1);
			expect(marks(body, 'bar')).toHaveLength(0);
			expect(body).toContain(W.thousand);
			expect(body).toContain(W.shutDown);
		});
	});
});
