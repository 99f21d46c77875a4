import { langFor } from '../../../src/lib/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { layoutConvicted } from '../../../src/lib/charts/convicted/geometry.ts';
import { layoutEvents } from '../../../src/lib/charts/events/geometry.ts';
import { layoutIncidents } from '../../../src/lib/charts/incidents/geometry.ts';
import { layoutSentences } from '../../../src/lib/charts/sentences/geometry.ts';
import { layoutWebsites } from '../../../src/lib/charts/websites/geometry.ts';
import type { ChartSpec } from '../../../src/lib/charts/registry.ts';
import { LAYOUT_WIDTHS } from '../../../src/lib/charts/common.ts';
import { layoutsFor } from '../../../src/lib/charts/spec.ts';
import { chartMarkup, figureMarkup } from '../../../src/lib/server/export-svg.ts';
import { event, incident, notStated, range, toLife, website } from '../data/rows.ts';
import { accessibility, marks } from '../charts/svg.ts';

const EN = langFor('en');

const base = {
	takeaway: 'A takeaway.',
	sections: ['Overview' as const],
	notes: [],
	key: [],
	page: '/',
	table: { columns: [], rows: [] },
	csv: { columns: [], rows: [] }
};

const cases: { spec: ChartSpec; mark: string; count: number }[] = [
	{
		spec: {
			...base,
			id: 'made-up-periods',
			title: 'Periods',
			desc: 'Two periods.',
			kind: 'websites',
			layouts: layoutsFor((width) =>
				layoutWebsites(
					[website('a', 1800, '2012-01', '2012-09'), website('b', 950, '2010', null, 'shut_down')],
					langFor('en'),
					width
				)
			)
		},
		mark: 'period',
		count: 1
	},
	{
		spec: {
			...base,
			id: 'made-up-bars',
			title: 'Bars',
			desc: 'Two bars.',
			kind: 'convicted',
			layouts: layoutsFor((width) =>
				layoutConvicted(
					[
						{ key: 'a', label: 'A', value: 3, isMinimum: false },
						{ key: 'b', label: 'B', value: 5, isMinimum: true }
					],
					langFor('en'),
					width
				)
			)
		},
		mark: 'bar',
		count: 2
	},
	{
		spec: {
			...base,
			id: 'made-up-incidents',
			title: 'Incidents',
			desc: 'Three incidents.',
			kind: 'incidents',
			layouts: layoutsFor((width) =>
				layoutIncidents(
					[incident('2012-07-11', 8), incident('2012-08-17', 9), incident('2012-09-12', 2, true)],
					langFor('en'),
					width
				)
			)
		},
		mark: 'bar',
		count: 3
	},
	{
		spec: {
			...base,
			id: 'made-up-sentences',
			title: 'Sentences',
			desc: 'Three cases.',
			kind: 'sentences',
			layouts: layoutsFor((width) =>
				layoutSentences([toLife('a', 5), range('b', 5, 15), notStated('c')], width, EN)
			)
		},
		mark: 'range',
		count: 2
	},
	{
		spec: {
			...base,
			id: 'made-up-events',
			title: 'Events',
			desc: 'Four events.',
			kind: 'events',
			layouts: layoutsFor((width) =>
				layoutEvents(
					[
						event('2012-04', 'justice'),
						event('2012-06', 'legislation'),
						event('2012-07-11', 'incident'),
						event('2012-12', 'oversight')
					].map((e) => ({ ...e, countries: [] })),
					width,
					EN
				)
			)
		},
		mark: 'event',
		count: 4
	}
];

describe('chartMarkup', () => {
	it.each(cases)('draws a $spec.kind spec with its own component', ({ spec, mark, count }) => {
		const body = chartMarkup(spec);
		expect(marks(body, mark)).toHaveLength(count);
		const a = accessibility(body);
		expect(a.svgCount).toBe(1);
		expect(a.role).toBe('img');
		expect(a.title).toBe(spec.title);
		expect(a.desc).toBe(spec.desc);
		expect(a.missingIds).toEqual([]);
	});

	it.each(cases)('draws only the marks of a $spec.kind chart', ({ spec }) => {
		const body = chartMarkup(spec);
		const others: Record<ChartSpec['kind'], string[]> = {
			convicted: ['event', 'range', 'approximate', 'life', 'not-stated'],
			incidents: ['event', 'range', 'life', 'not-stated'],
			sentences: ['event', 'bar', 'minimum', 'approximate'],
			events: ['bar', 'range', 'minimum', 'approximate', 'life', 'not-stated'],
			websites: ['bar', 'range', 'minimum', 'approximate', 'life', 'not-stated', 'event'],
			places: ['bar', 'range', 'minimum', 'approximate', 'life', 'not-stated', 'participant'],
			cooperation: ['bar', 'range', 'minimum', 'approximate', 'life', 'not-stated', 'place', 'area']
		};
		for (const kind of others[spec.kind]) expect(marks(body, kind)).toEqual([]);
	});

	it.each(cases)('builds its ids from the prefix and the chart id ($spec.id)', ({ spec }) => {
		const a = accessibility(chartMarkup(spec, 'page'));
		expect(a.labelledBy.length).toBeGreaterThan(0);
		for (const id of a.labelledBy) expect(id.startsWith(`page-${spec.id}`)).toBe(true);
		const b = accessibility(chartMarkup(spec, 'embed'));
		expect(a.labelledBy.filter((id) => b.labelledBy.includes(id))).toEqual([]);
	});
});

describe('figureMarkup', () => {
	it.each(cases)('draws a $spec.kind chart once per layout width, narrowest first', ({ spec }) => {
		const body = figureMarkup(spec);
		expect(body.startsWith('<div class="chart-layouts">')).toBe(true);
		const widths = [...body.matchAll(/<svg[^>]*\sdata-width="(\d+)"/g)].map((m) => Number(m[1]));
		expect(widths).toEqual([...LAYOUT_WIDTHS]);
		const viewBoxes = [...body.matchAll(/viewBox="0 0 ([\d.]+) /g)].map((m) => Number(m[1]));
		expect(viewBoxes).toEqual([...LAYOUT_WIDTHS]);
	});

	it.each(cases)('gives every layout of a $spec.kind chart its own ids', ({ spec }) => {
		const ids = [...figureMarkup(spec).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.length).toBeGreaterThanOrEqual(2 * LAYOUT_WIDTHS.length);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
