import { WORDS } from '../edition-words.ts';
import { langFor, type Lang } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ConvictedChart from '../../../../src/lib/charts/convicted/ConvictedChart.svelte';
import { layoutConvicted, type BarDatum } from '../../../../src/lib/charts/convicted/geometry.ts';
import { accessibility, elements, groups, marks, texts, unbalancedTags } from '../svg.ts';

function bar(key: string, value: number, isMinimum = false): BarDatum {
	return { key, label: `Label ${key}`, value, isMinimum };
}

const sets: { name: string; rows: BarDatum[] }[] = [
	{ name: 'no lower bounds', rows: [bar('a', 1800), bar('b', 950)] },
	{ name: 'one lower bound', rows: [bar('a', 8), bar('b', 2, true), bar('c', 9)] },
	{ name: 'all lower bounds', rows: [bar('a', 3, true), bar('b', 4, true)] },
	{ name: 'one row', rows: [bar('only', 5)] }
];

function draw(
	rows: BarDatum[],
	lang: Lang,
	title = 'A title',
	desc = 'A description',
	id = 'test-bars'
) {
	return render(ConvictedChart, { props: { layout: layoutConvicted(rows, lang), title, desc, id } })
		.body;
}

describe.each(LOCALES)('in %s', (locale) => {
	const lang = langFor(locale);
	const W = WORDS[locale];
	describe('ConvictedChart', () => {
		describe.each(sets)('$name', ({ rows }) => {
			const body = draw(rows, lang);
			const flagged = rows.filter((row) => row.isMinimum);
			const byKey = groups(body);

			it('is one labelled image with a title and a description', () => {
				const a = accessibility(body);
				expect(a.svgCount).toBe(1);
				expect(a.role).toBe('img');
				expect(a.title).toBe('A title');
				expect(a.desc).toBe('A description');
				expect(a.labelledBy).toHaveLength(2);
				expect(a.missingIds).toEqual([]);
			});

			it('has a viewBox matching its layout', () => {
				const layout = layoutConvicted(rows, lang);
				expect(accessibility(body).viewBox).toEqual([0, 0, layout.width, layout.height]);
			});

			it('draws one bar per row', () => {
				expect(marks(body, 'bar')).toHaveLength(rows.length);
				expect([...byKey.keys()]).toEqual(rows.map((row) => row.key));
			});

			it('draws a lower-bound marker on exactly the flagged rows', () => {
				expect(marks(body, 'minimum')).toHaveLength(flagged.length);
				for (const row of rows) {
					const group = byKey.get(row.key) ?? '';
					expect(marks(group, 'minimum')).toHaveLength(row.isMinimum ? 1 : 0);
					const [rect] = marks(group, 'bar');
					expect(rect?.attrs['data-minimum']).toBe(row.isMinimum ? 'true' : undefined);
				}
			});

			it('writes "at least" beside exactly the flagged rows', () => {
				for (const row of rows) {
					const words = texts(byKey.get(row.key) ?? '').join(' ');
					expect(words.includes(W.atLeast)).toBe(row.isMinimum);
					expect(words).toContain(row.label);
				}
			});

			it('draws bars as wide as their values, in proportion', () => {
				const widths = marks(body, 'bar').map((e) => Number(e.attrs.width));
				const max = Math.max(...rows.map((row) => row.value));
				const longest = Math.max(...widths);
				rows.forEach((row, i) => {
					expect(Math.abs((widths[i] as number) - (longest * row.value) / max)).toBeLessThan(0.2);
				});
			});

			it('is well-formed', () => {
				expect(unbalancedTags(body)).toEqual([]);
			});
		});

		it('escapes markup in the title, the description and the labels', () => {
			const body = draw(
				[{ ...bar('a', 3), label: 'Tom & <Jerry>' }],
				lang,
				'A & B < C',
				'x < y & z'
			);
			expect(body).not.toMatch(/&(?![a-z]+;|#\d+;)/);
			expect(body).not.toContain('<Jerry>');
			expect(elements(body, 'Jerry')).toEqual([]);
			expect(unbalancedTags(body)).toEqual([]);
		});

		it('prefixes its ids so two charts on a page do not clash', () => {
			const a = accessibility(draw([bar('a', 1)], lang, 't', 'd', 'one'));
			const b = accessibility(draw([bar('a', 1)], lang, 't', 'd', 'two'));
			expect(a.labelledBy.filter((id) => b.labelledBy.includes(id))).toEqual([]);
		});
	});
});
