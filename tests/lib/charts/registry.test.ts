import { describe, expect, it } from 'vitest';
import { buildCharts, type ChartSpec } from '../../../src/lib/charts/registry.ts';
import { exportLayout } from '../../../src/lib/charts/spec.ts';
import { SECTIONS, type Dataset } from '../../../src/lib/data/types.ts';
import { chartMarkup } from '../../../src/lib/server/export-svg.ts';
import { conviction, event, incident, notStated, range, toLife } from '../data/rows.ts';
import { groups, marks, texts } from './svg.ts';
import { published, publishedCases, publishedDated, thousands } from '../server/published.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');

/** How many rows a chart draws, read from its geometry. */
function drawn(spec: ChartSpec): number {
	switch (spec.kind) {
		case 'convicted':
			return exportLayout(spec).bars.length;
		case 'incidents':
			return exportLayout(spec).marks.length;
		case 'sentences':
			return exportLayout(spec).marks.length;
		case 'events':
			return exportLayout(spec).marks.length;
		case 'websites':
			return exportLayout(spec).marks.length;
		case 'places':
			return exportLayout(spec).marks.length + exportLayout(spec).regions.length;
		case 'cooperation':
			return exportLayout(spec).panels.reduce((n, p) => n + p.highlighted.length, 0);
	}
}

/** The layout of a chart's downloads, if there is a chart. */
function layoutOf<S extends ChartSpec>(spec: S | undefined): S['layouts'][number] | undefined {
	return spec && exportLayout(spec);
}

function find<K extends ChartSpec['kind']>(
	specs: ChartSpec[],
	kind: K
): Extract<ChartSpec, { kind: K }>[] {
	return specs.filter((s): s is Extract<ChartSpec, { kind: K }> => s.kind === kind);
}

const charts = buildCharts(published, EN);

describe('buildCharts on the published data', () => {
	it('gives every chart a unique id', () => {
		const ids = charts.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	describe.each(charts.map((c) => ({ id: c.id, spec: c })))('$id', ({ spec }) => {
		it('has a title, a one-sentence takeaway and a description', () => {
			expect(spec.title.trim()).not.toBe('');
			expect(spec.takeaway.trim()).not.toBe('');
			expect(spec.takeaway).toMatch(/^[A-Z0-9].*\.$/);
			expect(spec.desc.trim()).not.toBe('');
		});

		it('names at least one section of the report, each once', () => {
			expect(spec.sections.length).toBeGreaterThanOrEqual(1);
			expect(new Set(spec.sections).size).toBe(spec.sections.length);
			for (const s of spec.sections) expect(SECTIONS).toContain(s);
		});

		it('has no empty note', () => {
			for (const note of spec.notes) expect(note.trim()).not.toBe('');
		});

		it('lives on a page', () => {
			expect(spec.page).toMatch(/^\/([a-z-]+\/)*$/);
		});

		it('has a table row for every row drawn', () => {
			expect(spec.table.rows).toHaveLength(drawn(spec));
		});

		it('fills every column of every table row', () => {
			for (const row of spec.table.rows)
				for (const column of spec.table.columns) expect(row[column.key]?.trim()).toBeTruthy();
		});

		it('downloads exactly the rows drawn, with only columns the rows have', () => {
			expect(spec.csv.rows).toHaveLength(drawn(spec));
			expect(new Set(spec.csv.columns).size).toBe(spec.csv.columns.length);
			for (const row of spec.csv.rows)
				for (const column of spec.csv.columns) expect(Object.keys(row)).toContain(column);
		});
	});

	describe('deaths per incident', () => {
		const [spec] = find(charts, 'incidents');
		const total = published.incidents.reduce((sum, d) => sum + d.killed, 0);
		const anyMinimum = published.incidents.some((d) => d.killed_is_minimum);

		it('says "at least" in its takeaway exactly when some toll is a minimum', () => {
			expect(/\bat least\b/i.test(spec?.takeaway ?? '')).toBe(anyMinimum);
		});

		it('tells the deaths by kind of incident, and gives the total only as a sum the report lacks', () => {
			expect(spec?.takeaway).toMatch(/killed by security forces/);
			expect(spec?.takeaway).toMatch(/died in/);
			expect(spec?.takeaway).toContain(
				`report gives no total; added up, these come to at least ${thousands(total)}`
			);
		});

		it.each(published.incidents.map((d) => ({ id: d.id, d })))(
			'describes $id with "at least" only if its toll is a minimum',
			({ d }) => {
				// The table lists the incidents in the order they are drawn.
				const index = layoutOf(spec)?.marks.findIndex((m) => m.id === d.id) ?? -1;
				const row = spec?.table.rows[index];
				expect(row?.killed?.startsWith('at least')).toBe(d.killed_is_minimum);
				expect(row?.date?.startsWith('about')).toBe(d.date_approximate);
				const mark = layoutOf(spec)?.marks.find((m) => m.id === d.id);
				expect(mark?.isMinimum).toBe(d.killed_is_minimum);
				expect(mark?.approximate).toBe(d.date_approximate);
				expect(spec?.desc).toContain(
					`${d.killed_is_minimum ? 'at least ' : ''}${d.killed} ${d.kind === 'explosion' ? 'died' : 'killed'}`
				);
			}
		);

		it('has a note for each minimum toll and each estimated date', () => {
			const minimums = published.incidents.filter((d) => d.killed_is_minimum).length;
			const estimates = published.incidents.filter((d) => d.date_approximate).length;
			expect(spec?.notes.filter((n) => /minimum/.test(n)).length).toBeGreaterThanOrEqual(minimums);
			expect(spec?.notes.filter((n) => /estimate/.test(n)).length).toBeGreaterThanOrEqual(
				estimates
			);
		});

		it('draws incidents in date order', () => {
			const dates = published.incidents.map((d) => d.date).sort();
			const byId = new Map(published.incidents.map((d) => [d.id, d.date]));
			expect(layoutOf(spec)?.marks.map((m) => byId.get(m.id))).toEqual(dates);
		});
	});

	describe('sentences', () => {
		const [spec] = find(charts, 'sentences');
		const unstated = publishedCases.filter((c) => !c.sentence_stated);
		const life = publishedCases.filter((c) => c.sentence_max_life);

		it('the published data has an unstated sentence and a life sentence to check', () => {
			expect(unstated.length).toBeGreaterThan(0);
			expect(life.length).toBeGreaterThan(0);
		});

		it.each(unstated.map((c) => ({ id: c.id, c })))(
			'shows no figure, and no zero, for the unstated sentence of $id',
			({ c }) => {
				const mark = layoutOf(spec)?.marks.find((m) => m.id === c.id);
				expect(mark?.bar).toBeNull();
				expect(mark?.valueLabel).toBe('not stated');
				const row = spec?.table.rows.find((r) => r.case?.startsWith(c.city));
				expect(row?.sentence).toBe('not stated');
				const csv = spec?.csv.rows.find((r) => (r as { id: string }).id === c.id) as Record<
					string,
					unknown
				>;
				expect(csv.sentence_min_years).toBeNull();
				expect(csv.sentence_max_years).toBeNull();
				const sentence = spec?.desc.split(/(?<=\.) /).find((s) => s.startsWith(c.city));
				expect(sentence).toMatch(/not stated/);
				expect(sentence).not.toMatch(/\b0\b/);
				const group = groups(chartMarkup(spec as ChartSpec)).get(c.id) ?? '';
				expect(marks(group, 'range')).toEqual([]);
				expect(texts(group).join(' ')).not.toMatch(/\b0\b/);
			}
		);

		it.each(life.map((c) => ({ id: c.id, c })))(
			'shows the life sentence of $id as life, never as a number of years',
			({ c }) => {
				const mark = layoutOf(spec)?.marks.find((m) => m.id === c.id);
				expect(mark?.lifeArrow).not.toBeNull();
				const row = spec?.table.rows.find((r) => r.case?.startsWith(c.city));
				expect(row?.sentence).toMatch(/life$/);
				expect((row?.sentence?.match(/\d+/g) ?? []).map(Number)).toEqual([c.sentence_min_years]);
			}
		);

		it('says in its takeaway that a sentence is not stated and that one reaches life', () => {
			const stated = publishedCases.filter((c) => c.sentence_stated);
			const shortest = Math.min(...stated.map((c) => c.sentence_min_years as number));
			expect(spec?.takeaway).toContain(`${shortest} years`);
			expect(/\blife\b/.test(spec?.takeaway ?? '')).toBe(life.length > 0);
			expect(/no sentence/.test(spec?.takeaway ?? '')).toBe(unstated.length > 0);
		});
	});

	it('states the convicted total, and the website figures with thousands separators', () => {
		const total = publishedCases.reduce((sum, c) => sum + c.convicted, 0);
		const [convicted] = find(charts, 'convicted');
		const [websites] = find(charts, 'websites');
		expect(convicted?.takeaway).toContain(thousands(total));
		for (const w of published.websites) {
			expect(websites?.takeaway).toContain(thousands(w.websites));
			expect(websites?.table.rows.map((r) => r.websites)).toContain(thousands(w.websites));
		}
	});

	it('draws every dated development once', () => {
		const [spec] = find(charts, 'events');
		expect(
			layoutOf(spec)
				?.marks.map((d) => d.id)
				.sort()
		).toEqual(publishedDated.map((e) => e.id).sort());
		expect(spec?.takeaway).toContain(String(publishedDated.length));
	});
});

describe('buildCharts on made-up data', () => {
	const base: Dataset = {
		incidents: [],
		convictions: [],
		websites: [],
		events: [],
		participants: [],
		places: []
	};

	it.each([
		{ name: 'no minimum', incidents: [incident('2012-07-11', 8), incident('2012-08-17', 9)] },
		{
			name: 'one minimum',
			incidents: [incident('2012-07-11', 8), incident('2012-09-12', 2, true)]
		},
		{ name: 'only a minimum', incidents: [incident('2012-09-12', 1200, true)] }
	])('says "at least" in the deaths takeaway iff a toll is a minimum: $name', ({ incidents }) => {
		const [spec] = find(buildCharts({ ...base, incidents }, EN), 'incidents');
		const total = incidents.reduce((sum, d) => sum + d.killed, 0);
		const anyMinimum = incidents.some((d) => d.killed_is_minimum);
		expect(/^at least\b/i.test(spec?.takeaway ?? '')).toBe(anyMinimum);
		expect(spec?.takeaway).toContain(thousands(total));
	});

	it.each([
		{ name: 'a range and an unstated case', rows: [range('a', 5, 15), notStated('b')] },
		{ name: 'life', rows: [toLife('a', 5), range('b', 2, 4)] },
		{ name: 'nothing stated', rows: [notStated('a')] },
		{ name: 'a fixed term', rows: [range('a', 7, 7)] }
	])('never writes zero years for an unstated sentence: $name', ({ rows }) => {
		const specs = buildCharts({ ...base, convictions: rows }, EN);
		const [spec] = find(specs, 'sentences');
		const unstated = rows.filter((c) => !c.sentence_stated);
		for (const c of unstated) {
			expect(spec?.table.rows.find((r) => r.case?.startsWith(c.city))?.sentence).toBe('not stated');
		}
		expect(spec?.takeaway).not.toMatch(/\b0 years\b/);
		expect(spec?.desc).not.toMatch(/\b0 years\b/);
	});

	it.each([
		{ name: 'like the report', rows: [toLife('a', 5), range('b', 5, 15), notStated('c')] },
		{ name: 'ranges', rows: [range('a', 2, 8), range('b', 4, 12)] },
		{ name: 'one fixed term', rows: [range('a', 7, 7)] },
		{ name: 'life only', rows: [toLife('a', 10)] }
	])('gives the span of sentences in the takeaway once each: $name', ({ rows }) => {
		const [spec] = find(buildCharts({ ...base, convictions: rows }, EN), 'sentences');
		const stated = rows.filter((c) => c.sentence_stated);
		const min = Math.min(...stated.map((c) => c.sentence_min_years as number));
		const life = stated.some((c) => c.sentence_max_life);
		const max = Math.max(...stated.map((c) => c.sentence_max_years ?? 0));
		// Life is not a number; a single term is given once.
		const numbers = life || max === min ? [min] : [min, max];
		expect((spec?.takeaway.match(/\d+/g) ?? []).map(Number)).toEqual(numbers);
		expect(/\blife\b/.test(spec?.takeaway ?? '')).toBe(life);
	});

	it('keeps one row per case when two cases share a city', () => {
		const rows = [
			conviction('a', {
				city: 'Almaty',
				sentence_stated: true,
				sentence_min_years: 2,
				sentence_max_years: 3
			}),
			conviction('b', { city: 'Almaty' })
		];
		const [spec] = find(buildCharts({ ...base, convictions: rows }, EN), 'sentences');
		expect(layoutOf(spec)?.marks.map((m) => m.id)).toEqual(['a', 'b']);
		expect(spec?.table.rows.map((r) => r.sentence)).toEqual(['2 to 3 years', 'not stated']);
	});

	it('puts events of one day in the chart once each', () => {
		const events = [event('2012-05-01', 'justice'), event('2012-05-01', 'justice')];
		const [spec] = find(buildCharts({ ...base, events }, EN), 'events');
		expect(layoutOf(spec)?.marks).toHaveLength(2);
		expect(spec?.table.rows).toHaveLength(2);
	});
});
