import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import IncidentsChart from '../../../../src/lib/charts/incidents/IncidentsChart.svelte';
import { layoutIncidents } from '../../../../src/lib/charts/incidents/geometry.ts';
import type { Incident } from '../../../../src/lib/data/types.ts';
import { inc } from '../../data/rows.ts';
import { accessibility, groups, marks, texts, unbalancedTags } from '../svg.ts';

const sets: { name: string; rows: Incident[] }[] = [
	{
		name: 'like the report: one minimum, one estimate',
		rows: [
			inc('2012-07-11', 8),
			inc('2012-08-17', 9),
			inc('2012-09-05', 1, { approximate: true }),
			inc('2012-09-12', 2, { minimum: true })
		]
	},
	{ name: 'plain incidents', rows: [inc('2012-03-10', 4), inc('2012-03-11', 6)] },
	{
		name: 'an estimate that is also a minimum',
		rows: [inc('2012-05-20', 3, { minimum: true, approximate: true }), inc('2012-06-02', 1)]
	},
	{
		name: 'every incident flagged',
		rows: [
			inc('2012-01-05', 2, { minimum: true, approximate: true }),
			inc('2012-02-05', 5, { minimum: true, approximate: true })
		]
	}
];

describe('IncidentsChart', () => {
	describe.each(sets)('$name', ({ rows }) => {
		const layout = layoutIncidents(rows);
		const body = render(IncidentsChart, {
			props: { layout, title: 'Killed per incident', desc: 'Words.', id: 'inc' }
		}).body;
		const byKey = groups(body);

		it('is one labelled image with a title and a description', () => {
			const a = accessibility(body);
			expect(a.svgCount).toBe(1);
			expect(a.role).toBe('img');
			expect(a.title).toBe('Killed per incident');
			expect(a.desc).toBe('Words.');
			expect(a.labelledBy).toHaveLength(2);
			expect(a.missingIds).toEqual([]);
			expect(a.viewBox).toEqual([0, 0, layout.width, layout.height]);
		});

		it('draws one bar per incident', () => {
			expect(marks(body, 'bar')).toHaveLength(rows.length);
			expect([...byKey.keys()].sort()).toEqual(rows.map((row) => row.id).sort());
		});

		it.each([
			{
				what: 'lower bounds',
				flag: 'killed_is_minimum',
				mark: 'minimum',
				attr: 'data-minimum',
				word: 'at least'
			},
			{
				what: 'estimated dates',
				flag: 'date_approximate',
				mark: 'approximate',
				attr: 'data-approximate',
				word: 'about'
			}
		] as const)('marks $what on exactly the flagged incidents', ({ flag, mark, attr, word }) => {
			expect(marks(body, mark)).toHaveLength(rows.filter((r) => r[flag]).length);
			for (const row of rows) {
				const group = byKey.get(row.id) ?? '';
				expect(marks(group, mark)).toHaveLength(row[flag] ? 1 : 0);
				expect(marks(group, 'bar')[0]?.attrs[attr]).toBe(row[flag] ? 'true' : undefined);
				expect(texts(group).join(' ').includes(word)).toBe(row[flag]);
			}
		});

		it('labels a gridline for each month on the axis, the first with its year', () => {
			const labels = texts(body).filter((t) => /^[A-Z][a-z]{2,3}( \d{4})?$/.test(t));
			expect(labels).toHaveLength(layout.months.length);
			expect(labels[0]).toMatch(/ 2012$/);
		});

		it('is well-formed', () => {
			expect(unbalancedTags(body)).toEqual([]);
		});
	});
});
