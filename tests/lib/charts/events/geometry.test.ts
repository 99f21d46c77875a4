import { describe, expect, it } from 'vitest';
import { CHART_WIDTH } from '../../../../src/lib/charts/common.ts';
import {
	layoutEvents,
	THEMES,
	type EventDot,
	type EventsLayout
} from '../../../../src/lib/charts/events/geometry.ts';
import type { ReportEvent, Theme } from '../../../../src/lib/data/types.ts';
import { event } from '../../data/rows.ts';

/** `n` made-up events in one month × theme cell; `day` makes them day-precise. */
function cell(month: string, theme: Theme, n: number, day = false): ReportEvent[] {
	return Array.from({ length: n }, (_, i) =>
		event(day ? `${month}-${String(i + 1).padStart(2, '0')}` : month, theme)
	);
}

/** Width of one month column, read back from the month centres. */
function columnWidth(layout: EventsLayout): number {
	const [a, b] = layout.months;
	return (b?.x ?? NaN) - (a?.x ?? NaN);
}

function dotsIn(layout: EventsLayout, month: string, theme: Theme): EventDot[] {
	return layout.dots.filter((d) => d.month === month && d.theme === theme);
}

const sets: { name: string; events: ReportEvent[] }[] = [
	{
		name: 'a year like the report’s',
		events: [
			...cell('2012-04', 'cooperation', 1),
			...cell('2012-04', 'justice', 2),
			...cell('2012-06', 'legislation', 1),
			...cell('2012-07', 'incident', 1, true),
			...cell('2012-08', 'cooperation', 2),
			...cell('2012-09', 'oversight', 1),
			...cell('2012-12', 'legislation', 1)
		]
	},
	{ name: 'two in January', events: cell('2012-01', 'incident', 2) },
	{ name: 'three in one cell', events: cell('2012-05', 'justice', 3) },
	{ name: 'four in one cell', events: cell('2012-05', 'cooperation', 4, true) },
	{ name: 'six in December', events: cell('2012-12', 'oversight', 6) },
	{
		name: 'month-only and day dates in one cell',
		events: [event('2012-03', 'legislation'), event('2012-03-31', 'legislation')]
	}
];

describe('layoutEvents', () => {
	it('has twelve month columns, left to right, inside the chart', () => {
		const layout = layoutEvents([]);
		expect(layout.months.map((m) => m.month)).toEqual(
			Array.from({ length: 12 }, (_, i) => `2012-${String(i + 1).padStart(2, '0')}`)
		);
		const xs = layout.months.map((m) => m.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] as number);
		const half = columnWidth(layout) / 2;
		expect((xs[11] as number) + half).toBeLessThanOrEqual(layout.width + 0.1);
	});

	it.each([2012, 2013])(
		'has twelve months of %d and names the first month of each quarter',
		(year) => {
			const layout = layoutEvents([], year);
			expect(layout.months).toHaveLength(12);
			expect(layout.months[0]?.month).toBe(`${year}-01`);
			expect(layout.months.filter((m) => m.label).map((m) => m.label)).toEqual([
				'Jan',
				'Apr',
				'Jul',
				'Oct'
			]);
		}
	);

	it('has one row per theme, in the themes’ order, top to bottom', () => {
		const layout = layoutEvents([]);
		expect(layout.rows.map((r) => r.theme)).toEqual(THEMES.map((t) => t.theme));
		const ys = layout.rows.map((r) => r.y);
		for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
	});

	describe.each(sets)('$name', ({ events }) => {
		const layout = layoutEvents(events);
		const half = columnWidth(layout) / 2;

		it('draws one dot per event, in its month and its theme’s row', () => {
			expect(layout.dots.map((d) => d.id).sort()).toEqual(events.map((e) => e.id).sort());
			for (const e of events) {
				const dot = layout.dots.find((d) => d.id === e.id);
				expect(dot?.month).toBe(e.date.slice(0, 7));
				expect(dot?.theme).toBe(e.theme);
				expect(dot?.cy).toBe(layout.rows.find((r) => r.theme === e.theme)?.y);
			}
		});

		it('counts the events of each theme', () => {
			for (const row of layout.rows)
				expect(row.count).toBe(events.filter((e) => e.theme === row.theme).length);
		});

		it('keeps every dot inside its month column', () => {
			for (const dot of layout.dots) {
				const column = layout.months.find((m) => m.month === dot.month);
				expect(Math.abs(dot.cx - (column?.x ?? NaN)) + layout.radius).toBeLessThanOrEqual(
					half + 0.1
				);
			}
		});

		it('never lets two dots in one cell overlap', () => {
			for (const month of layout.months)
				for (const row of layout.rows) {
					const xs = dotsIn(layout, month.month, row.theme)
						.map((d) => d.cx)
						.sort((a, b) => a - b);
					for (let i = 1; i < xs.length; i++)
						expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(
							2 * layout.radius
						);
				}
		});

		it('orders the dots of a cell by date, left to right', () => {
			for (const e of events) {
				const dot = layout.dots.find((d) => d.id === e.id) as EventDot;
				for (const other of dotsIn(layout, dot.month, dot.theme)) {
					const o = events.find((x) => x.id === other.id) as ReportEvent;
					if (o.date < e.date) expect(other.cx).toBeLessThan(dot.cx);
				}
			}
		});

		it.each([CHART_WIDTH, 320])('stays inside a viewBox %d wide', (width) => {
			const sized = layoutEvents(events, 2012, width);
			expect(sized.width).toBe(width);
			for (const dot of sized.dots) {
				expect(dot.cx - sized.radius).toBeGreaterThanOrEqual(0);
				expect(dot.cx + sized.radius).toBeLessThanOrEqual(width);
				expect(dot.cy - sized.radius).toBeGreaterThanOrEqual(0);
				expect(dot.cy + sized.radius).toBeLessThanOrEqual(sized.height);
			}
		});
	});

	it('centres a single dot in its cell', () => {
		const [e] = cell('2012-06', 'legislation', 1) as [ReportEvent];
		const layout = layoutEvents([e]);
		const dot = layout.dots[0];
		expect(dot?.cx).toBe(layout.months.find((m) => m.month === '2012-06')?.x);
	});
});
