import { WORDS } from '../edition-words.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
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
			{ ...inc('2012-08-17', 9), kind: 'security operation' },
			inc('2012-09-05', 1, { approximate: true }),
			{ ...inc('2012-09-12', 2, { minimum: true }), kind: 'security operation' }
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

describe.each(LOCALES)('in %s', (locale) => {
	const lang = langFor(locale);
	const W = WORDS[locale];
	describe('IncidentsChart', () => {
		describe.each(sets)('$name', ({ rows }) => {
			const layout = layoutIncidents(rows, lang);
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

			it('marks lower bounds on exactly the flagged incidents, and says "at least"', () => {
				expect(marks(body, 'minimum')).toHaveLength(rows.filter((r) => r.killed_is_minimum).length);
				for (const row of rows) {
					const group = byKey.get(row.id) ?? '';
					expect(marks(group, 'minimum')).toHaveLength(row.killed_is_minimum ? 1 : 0);
					expect(marks(group, 'bar')[0]?.attrs['data-minimum']).toBe(
						row.killed_is_minimum ? 'true' : undefined
					);
					expect(texts(group).join(' ').includes(W.atLeast)).toBe(row.killed_is_minimum);
				}
			});

			it('draws estimated dates hollow and says "about" in exactly their rows', () => {
				for (const row of rows) {
					const group = byKey.get(row.id) ?? '';
					const bar = marks(group, 'bar')[0];
					expect(bar?.attrs['data-approximate']).toBe(row.date_approximate ? 'true' : undefined);
					expect(bar?.attrs.class?.includes('bar-approximate')).toBe(row.date_approximate);
					expect(texts(group).join(' ').includes(W.about)).toBe(row.date_approximate);
				}
			});

			it('names the kind of each incident in words, beside its colour', () => {
				for (const row of rows) {
					const group = byKey.get(row.id) ?? '';
					expect(texts(group).join(' ').toLowerCase()).toContain(W.kind[row.kind]);
					expect(marks(group, 'bar')[0]?.attrs.class?.includes('kind-explosion')).toBe(
						row.kind === 'explosion'
					);
				}
			});

			it('says the days between rows in words, between them', () => {
				const gaps = texts(body).filter((t) => W.gap.test(t));
				expect(gaps).toHaveLength(rows.length - 1);
			});

			it('is well-formed', () => {
				expect(unbalancedTags(body)).toEqual([]);
			});
		});
	});
});
