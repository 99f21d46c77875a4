import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS } from '../../../../src/lib/charts/common.ts';
import {
	APPROXIMATE_DAYS,
	layoutIncidents,
	type IncidentMark,
	type IncidentsLayout
} from '../../../../src/lib/charts/incidents/geometry.ts';
import type { Incident } from '../../../../src/lib/data/types.ts';
import { inc } from '../../data/rows.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';

const DAY = 86_400_000;
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;
/** Geometry is rounded to tenths. */
const ROUNDING = 0.15;

/** Every line of words the chart draws: month names, values and details. */
function textLines(layout: IncidentsLayout): TextLine[] {
	return [
		...layout.months.flatMap((m) => linesAt(m.labelLines, 0, m.labelY, 12)),
		...layout.marks.flatMap((m) => [
			...linesAt(m.labelLines, m.labelX, m.labelY, FONT_SIZE),
			...linesAt(m.detailLines, m.detailX, m.detailY, 12)
		])
	];
}

/** The bars, dashed extensions with their arrow heads, and date brackets. */
function markBoxes(layout: IncidentsLayout): Box[] {
	return layout.marks.flatMap((m) => [
		{ left: m.x, right: m.x + m.width, top: m.y - m.height / 2, bottom: m.y + m.height / 2 },
		...(m.extension
			? [{ left: m.extension.x1, right: m.extension.x2 + 6, top: m.y - 4.5, bottom: m.y + 4.5 }]
			: []),
		...(m.uncertainty
			? [{ left: m.x - 6, right: m.x - 3, top: m.uncertainty.y1, bottom: m.uncertainty.y2 }]
			: [])
	]);
}

function byId(marks: IncidentMark[], row: Incident): IncidentMark {
	const mark = marks.find((m) => m.id === row.id);
	if (!mark) throw new Error(`no mark for ${row.id}`);
	return mark;
}

const sets: { name: string; rows: Incident[] }[] = [
	{
		name: 'incidents like the report’s, out of order',
		rows: [
			inc('2012-09-12', 2, { minimum: true }),
			inc('2012-07-11', 8),
			inc('2012-09-05', 1, { approximate: true }),
			inc('2012-08-17', 9)
		]
	},
	{ name: 'two incidents one day apart', rows: [inc('2012-03-10', 4), inc('2012-03-11', 6)] },
	{
		name: 'one day apart across a month end',
		rows: [inc('2012-03-31', 1), inc('2012-04-01', 3, { minimum: true })]
	},
	{
		name: 'a cluster of consecutive days',
		rows: [inc('2012-05-01', 3), inc('2012-05-02', 1), inc('2012-05-03', 2), inc('2012-05-20', 5)]
	},
	{ name: 'a week apart', rows: [inc('2012-09-05', 1), inc('2012-09-12', 2)] },
	{ name: 'months apart', rows: [inc('2012-01-15', 5), inc('2012-11-20', 12)] },
	{ name: 'one incident', rows: [inc('2012-06-15', 3, { minimum: true, approximate: true })] },
	{
		name: 'estimated dates close together',
		rows: [
			inc('2012-10-10', 2, { approximate: true }),
			inc('2012-10-12', 4),
			inc('2012-10-15', 1, { approximate: true, minimum: true })
		]
	}
];

/** Marks sit down the axis in proportion to the days between their incidents (sorted by date). */
function expectDatesInProportion(layout: IncidentsLayout, sorted: readonly Incident[]): void {
	const first = sorted[0] as Incident;
	const last = sorted[sorted.length - 1] as Incident;
	const span = days(first.date, last.date);
	if (span === 0) return;
	const perDay = (byId(layout.marks, last).y - byId(layout.marks, first).y) / span;
	for (const row of sorted) {
		const expected = byId(layout.marks, first).y + perDay * days(first.date, row.date);
		expect(Math.abs(byId(layout.marks, row).y - expected)).toBeLessThanOrEqual(2 * ROUNDING);
	}
}

describe('layoutIncidents', () => {
	describe.each(sets)('$name', ({ rows }) => {
		const layout = layoutIncidents(rows);
		const sorted = [...rows].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
		const max = Math.max(...rows.map((row) => row.killed));
		const longest = Math.max(...layout.marks.map((m) => m.width));

		it('draws one mark per incident', () => {
			expect(layout.marks.map((m) => m.id).sort()).toEqual(rows.map((row) => row.id).sort());
		});

		it('places later incidents lower down', () => {
			const ys = sorted.map((row) => byId(layout.marks, row).y);
			for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
		});

		it('keeps any two incidents at least a line of text apart', () => {
			const ys = layout.marks.map((m) => m.y).sort((a, b) => a - b);
			for (let i = 1; i < ys.length; i++)
				expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(FONT_SIZE);
		});

		it('spaces incidents in proportion to the days between them', () => {
			expectDatesInProportion(layout, sorted);
		});

		it('covers the whole months that hold incidents, and no others', () => {
			const first = (sorted[0] as Incident).date;
			const last = (sorted[sorted.length - 1] as Incident).date;
			expect(layout.span.from).toBe(`${first.slice(0, 7)}-01`);
			const [y, m] = last.split('-').map(Number) as [number, number];
			const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
			expect(layout.span.to).toBe(`${last.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`);
			const monthCount = (y - Number(first.slice(0, 4))) * 12 + m - Number(first.slice(5, 7)) + 1;
			expect(layout.months).toHaveLength(monthCount);
			expect(layout.months[0]?.y).toBe(layout.plot.top);
		});

		it('puts every incident between the top and the bottom of the axis', () => {
			for (const mark of layout.marks) {
				expect(mark.y).toBeGreaterThanOrEqual(layout.plot.top);
				expect(mark.y).toBeLessThanOrEqual(layout.plot.bottom);
			}
		});

		it('draws bar lengths in proportion to the deaths', () => {
			for (const row of rows) {
				expect(
					Math.abs(byId(layout.marks, row).width - (longest * row.killed) / max)
				).toBeLessThanOrEqual(ROUNDING);
			}
		});

		it('draws a lower-bound extension on the flagged incidents and nowhere else', () => {
			for (const row of rows) {
				const mark = byId(layout.marks, row);
				expect(mark.isMinimum).toBe(row.killed_is_minimum);
				expect(mark.extension !== null).toBe(row.killed_is_minimum);
				if (mark.extension) {
					expect(Math.abs(mark.extension.x1 - (mark.x + mark.width))).toBeLessThanOrEqual(ROUNDING);
					expect(mark.extension.x2).toBeGreaterThan(mark.extension.x1);
				}
			}
		});

		it('says "at least" in exactly the flagged labels', () => {
			for (const row of rows)
				expect(byId(layout.marks, row).label.includes('at least')).toBe(row.killed_is_minimum);
		});

		it('brackets exactly the estimated dates', () => {
			for (const row of rows) {
				const mark = byId(layout.marks, row);
				expect(mark.approximate).toBe(row.date_approximate);
				expect(mark.uncertainty !== null).toBe(row.date_approximate);
				if (mark.uncertainty) {
					expect(mark.uncertainty.y1).toBeLessThan(mark.y);
					expect(mark.uncertainty.y2).toBeGreaterThan(mark.y);
					// Symmetric: the estimate is as likely early as late.
					expect(
						Math.abs(mark.y - mark.uncertainty.y1 - (mark.uncertainty.y2 - mark.y))
					).toBeLessThanOrEqual(2 * ROUNDING);
				}
			}
		});

		it('says "about" in exactly the labels of estimated dates', () => {
			for (const row of rows)
				expect(byId(layout.marks, row).label.includes('about')).toBe(row.date_approximate);
		});

		it('places each label past its bar and extension, or under it', () => {
			for (const mark of layout.marks) {
				const end = mark.extension ? mark.extension.x2 + 6 : mark.x + mark.width;
				if (mark.labelBelow)
					expect(mark.labelY - 0.8 * FONT_SIZE).toBeGreaterThan(mark.y + mark.height / 2);
				else expect(mark.labelX).toBeGreaterThan(end);
			}
		});

		it('keeps bars and brackets inside the viewBox height', () => {
			for (const mark of layout.marks) {
				expect(mark.y - mark.height / 2).toBeGreaterThanOrEqual(0);
				expect(mark.y + mark.height / 2).toBeLessThanOrEqual(layout.height);
				if (mark.uncertainty) {
					expect(mark.uncertainty.y1).toBeGreaterThanOrEqual(0);
					expect(mark.uncertainty.y2).toBeLessThanOrEqual(layout.height);
				}
			}
		});
	});

	describe.each([
		{ name: 'the published incidents', rows: publishedRows.incidents },
		...sets,
		{
			name: 'long places and a lower bound',
			rows: [
				{
					...inc('2012-04-02', 1200, { minimum: true, approximate: true }),
					place: 'Shymkent, South Kazakhstan Region'
				},
				{ ...inc('2012-04-03', 3), place: 'A village on the road from Taldykorgan to Ushtobe' }
			]
		}
	])('$name', ({ rows }) => {
		describe.each(LAYOUT_WIDTHS)('at width %d', (width) => {
			const layout = layoutIncidents(rows, width);

			it('keeps every line of words inside the viewBox', () => {
				expect(layout.width).toBe(width);
				expect(outside(textLines(layout), width)).toEqual([]);
			});

			it('never draws two lines of words over each other', () => {
				expect(collisions(textLines(layout))).toEqual([]);
			});

			it('never draws words over a bar, an extension or a bracket', () => {
				expect(onMarks(textLines(layout), markBoxes(layout))).toEqual([]);
			});

			it('keeps bars, extensions and every line of words inside the viewBox', () => {
				for (const mark of layout.marks) {
					expect(mark.x).toBeGreaterThanOrEqual(0);
					if (mark.extension) expect(mark.extension.x2 + 6).toBeLessThanOrEqual(width);
					expect(mark.x + mark.width).toBeLessThanOrEqual(width);
				}
				const lowest = Math.max(...textLines(layout).map((line) => line.y + 4));
				expect(lowest).toBeLessThanOrEqual(layout.height);
			});

			it('draws bars from zero in proportion to the deaths, and dates in proportion to the days', () => {
				const longest = Math.max(...layout.marks.map((m) => m.width));
				const max = Math.max(...rows.map((row) => row.killed));
				for (const row of rows) {
					const mark = byId(layout.marks, row);
					expect(mark.x).toBe(layout.plot.left);
					expect(Math.abs(mark.width - (longest * row.killed) / max)).toBeLessThanOrEqual(ROUNDING);
				}
				const sorted = [...rows].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
				expectDatesInProportion(layout, sorted);
			});

			it('keeps the words of a mark whole across its lines', () => {
				for (const mark of layout.marks) {
					expect(mark.labelLines.join('')).toBe(mark.label);
					expect(mark.detailLines.join('')).toBe(mark.detail);
				}
			});
		});
	});

	it('gives longer bars at 600 than at 240, in the same proportions', () => {
		const rows = publishedRows.incidents;
		const narrow = layoutIncidents(rows, 240).marks;
		const wide = layoutIncidents(rows, 600).marks;
		const ratio = (wide[0] as IncidentMark).width / (narrow[0] as IncidentMark).width;
		expect(ratio).toBeGreaterThan(1.3);
		wide.forEach((mark, i) =>
			expect(Math.abs(mark.width - (narrow[i] as IncidentMark).width * ratio)).toBeLessThan(0.5)
		);
	});

	it('wraps a long place onto more lines, and grows the chart to hold them', () => {
		const short = layoutIncidents(
			[{ ...inc('2012-05-01', 2), place: 'Taraz' }, inc('2012-05-03', 1)],
			240
		);
		const long = layoutIncidents(
			[
				{ ...inc('2012-05-01', 2), place: 'A village on the road from Taldykorgan to Ushtobe' },
				inc('2012-05-03', 1)
			],
			240
		);
		expect(short.marks[0]?.detailLines).toHaveLength(1);
		expect(long.marks[0]?.detailLines.length).toBeGreaterThan(1);
		expect(long.height).toBeGreaterThan(short.height);
	});

	it.each([
		{
			width: 240,
			dates: ['2012-07-11', '2012-09-12'],
			expected: [['Jul ', '2012'], ['Aug'], ['Sept']]
		},
		{
			width: 240,
			dates: ['2012-12-30', '2013-01-02'],
			expected: [
				['Dec ', '2012'],
				['Jan ', '2013']
			]
		},
		{
			width: 600,
			dates: ['2012-07-11', '2012-09-12'],
			expected: [['Jul 2012'], ['Aug 2012'], ['Sept 2012']]
		}
	])(
		'names the months at $width, with the year where it starts or changes',
		({ width, dates, expected }) => {
			const layout = layoutIncidents(
				dates.map((d, i) => inc(d, i + 1)),
				width
			);
			expect(layout.months.map((m) => m.labelLines)).toEqual(expected);
		}
	);

	it.each([
		{ row: inc('2012-07-11', 8), expected: '8 killed · 11 Jul' },
		{ row: inc('2012-09-12', 2, { minimum: true }), expected: 'at least 2 killed · 12 Sept' },
		{ row: inc('2012-09-05', 1, { approximate: true }), expected: '1 killed · about 5 Sept' },
		{
			row: inc('2012-12-01', 3, { minimum: true, approximate: true }),
			expected: 'at least 3 killed · about 1 Dec'
		},
		{ row: inc('2012-02-29', 1200), expected: '1,200 killed · 29 Feb' }
	])('labels $row.date as "$expected"', ({ row, expected }) => {
		expect(layoutIncidents([row]).marks[0]?.label).toBe(expected);
	});

	it('brackets the days an estimated date may fall on', () => {
		// An exact incident APPROXIMATE_DAYS after the estimate marks where the bracket must end.
		const estimate = inc('2012-07-11', 2, { approximate: true });
		const after = inc(`2012-07-${11 + APPROXIMATE_DAYS}`, 4);
		const layout = layoutIncidents([estimate, after]);
		const mark = byId(layout.marks, estimate);
		expect(
			Math.abs((mark.uncertainty?.y2 ?? NaN) - byId(layout.marks, after).y)
		).toBeLessThanOrEqual(2 * ROUNDING);
	});

	it.each([
		{ name: 'Jul to Sep', dates: ['2012-09-12', '2012-07-11'], expected: ['Jul', 'Aug', 'Sep'] },
		{ name: 'one month', dates: ['2012-02-03', '2012-02-29'], expected: ['Feb'] },
		{ name: 'across a year end', dates: ['2012-12-30', '2013-01-02'], expected: ['Dec', 'Jan'] }
	])('labels a gridline for each month: $name', ({ dates, expected }) => {
		const layout = layoutIncidents(dates.map((d, i) => inc(d, i + 1)));
		expect(layout.months.map((m) => m.label.slice(0, 3))).toEqual(expected);
		const ys = layout.months.map((m) => m.y);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
	});

	it('keeps two incidents on the same day apart, so their labels do not collide', () => {
		const layout = layoutIncidents([inc('2012-07-11', 8), inc('2012-07-11', 3)]);
		const [a, b] = layout.marks as [IncidentMark, IncidentMark];
		expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(FONT_SIZE);
	});

	it('keeps the bracket of an estimate on the first of a month inside the chart', () => {
		const layout = layoutIncidents([
			inc('2012-07-01', 2, { approximate: true }),
			inc('2012-07-02', 4)
		]);
		const [mark] = layout.marks;
		expect(mark?.uncertainty?.y1).toBeGreaterThanOrEqual(0);
	});

	it('draws nothing for no incidents', () => {
		const layout = layoutIncidents([]);
		expect(layout.marks).toEqual([]);
		expect(layout.height).toBeGreaterThan(0);
	});
});
