import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { citySlug } from '../../../../src/lib/sentences/pages.ts';
import SentencesChart from '../../../../src/lib/charts/sentences/SentencesChart.svelte';
import { layoutSentences } from '../../../../src/lib/charts/sentences/geometry.ts';
import { sentenceHeight } from '../../../../src/lib/charts/sentences/height.ts';
import type { Conviction } from '../../../../src/lib/data/types.ts';
import { langFor, type Lang } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { notStated, range, toLife } from '../../data/rows.ts';
import { accessibility, elements, groups, marks, texts, unbalancedTags } from '../svg.ts';

const EN = langFor('en');

function kindOf(row: Conviction): 'range' | 'life' | 'not-stated' {
	if (!row.sentence_stated) return 'not-stated';
	return row.sentence_max_life ? 'life' : 'range';
}

const sets: { name: string; rows: Conviction[] }[] = [
	{
		name: 'one of each kind, like the report',
		rows: [toLife('taraz', 5), range('atyrau', 5, 15), notStated('uralsk')]
	},
	{ name: 'ranges only', rows: [range('a', 1, 3), range('b', 7, 7)] },
	{ name: 'two life sentences', rows: [toLife('a', 10), toLife('b', 15), range('c', 2, 4)] },
	{ name: 'nothing stated', rows: [notStated('a'), notStated('b')] }
];

/** How each edition writes life, a number of years and "not stated", spelled out here. */
const WORDS: Record<Locale, { life: RegExp; years: RegExp; notStated: string }> = {
	en: { life: /\blife\b/, years: /(\d+) years?/g, notStated: 'not stated' },
	ru: {
		life: /пожизненного лишения свободы/,
		years: /(\d+) (?:лет|года|год)/g,
		notStated: 'не указан'
	},
	kk: { life: /өмір бойы бас бостандығынан айыру/, years: /(\d+) жыл/g, notStated: 'көрсетілмеген' }
};

function draw(rows: Conviction[], extra: { order?: string[] } = {}, lang: Lang = langFor('en')) {
	const layout = layoutSentences(rows, undefined, lang);
	return render(SentencesChart, {
		props: { layout, title: 'Sentences', desc: 'Per case.', id: 'sent', ...extra }
	}).body;
}

describe.each(LOCALES)('SentencesChart in %s', (locale) => {
	const lang = langFor(locale);
	const words = WORDS[locale];
	describe.each(sets)('$name', ({ rows }) => {
		const layout = layoutSentences(rows, undefined, lang);
		const body = draw(rows, {}, lang);
		const byKey = groups(body);
		const count = (kind: ReturnType<typeof kindOf>) =>
			rows.filter((r) => kindOf(r) === kind).length;

		it('is one labelled image with a title and a description', () => {
			const a = accessibility(body);
			expect(a.svgCount).toBe(1);
			expect(a.role).toBe('img');
			expect(a.title).toBe('Sentences');
			expect(a.desc).toBe('Per case.');
			expect(a.labelledBy).toHaveLength(2);
			expect(a.missingIds).toEqual([]);
			expect(a.viewBox).toEqual([0, 0, layout.width, sentenceHeight(layout, rows.length)]);
		});

		it('draws a range for every stated sentence and none for the others', () => {
			expect(marks(body, 'range')).toHaveLength(count('range') + count('life'));
			for (const row of rows)
				expect(marks(byKey.get(row.id) ?? '', 'range')).toHaveLength(
					kindOf(row) === 'not-stated' ? 0 : 1
				);
		});

		it('marks life on exactly the life sentences', () => {
			expect(marks(body, 'life')).toHaveLength(count('life'));
			for (const row of rows) {
				const group = byKey.get(row.id) ?? '';
				const life = kindOf(row) === 'life';
				expect(marks(group, 'life')).toHaveLength(life ? 1 : 0);
				const rect = marks(group, 'range')[0];
				if (rect) expect(rect.attrs['data-life']).toBe(life ? 'true' : undefined);
				// The sentence in words says life, once: "5 years to life".
				expect(texts(group).filter((t) => words.life.test(t))).toHaveLength(life ? 1 : 0);
			}
		});

		it('gives a life sentence no number of years beyond its minimum', () => {
			for (const row of rows.filter((r) => kindOf(r) === 'life')) {
				const years = texts(byKey.get(row.id) ?? '')
					.flatMap((t) => [...t.matchAll(words.years)])
					.map((m) => Number(m[1]));
				expect(years).toEqual([row.sentence_min_years]);
			}
		});

		it('says "not stated" for exactly the unstated sentences, never a zero', () => {
			expect(marks(body, 'not-stated')).toHaveLength(count('not-stated'));
			for (const row of rows) {
				const group = byKey.get(row.id) ?? '';
				const unstated = kindOf(row) === 'not-stated';
				expect(marks(group, 'not-stated')).toHaveLength(unstated ? 1 : 0);
				expect(texts(group).includes(words.notStated)).toBe(unstated);
				if (unstated) {
					expect(texts(group).join(' ')).not.toMatch(/\b0\b/);
					expect(elements(group, 'rect')).toEqual([]);
				}
			}
		});

		it('is well-formed', () => {
			expect(unbalancedTags(body)).toEqual([]);
		});
	});

	describe('showing a selection of cases', () => {
		const rows = [toLife('a', 5), range('b', 5, 15), notStated('c')];
		const layout = layoutSentences(rows, undefined, EN);

		it.each([
			{ order: ['c', 'a'] },
			{ order: ['b'] },
			{ order: ['a', 'b', 'c'] },
			{ order: [] as string[] }
		])('shows $order in that order, sized to fit', ({ order }) => {
			const body = draw(rows, { order });
			expect([...groups(body).keys()]).toEqual(order);
			expect(accessibility(body).viewBox[3]).toBe(sentenceHeight(layout, order.length));
		});

		it('keeps the axis the same whichever cases are shown', () => {
			const ticks = (order: string[]) =>
				elements(draw(rows, { order }), 'text')
					.filter((e) => e.attrs.class === 'axis-label')
					.map((e) => e.attrs.x);
			expect(ticks(['b'])).toEqual(ticks(['a', 'b', 'c']));
		});

		it('places each shown row below the previous one', () => {
			const body = draw(rows, { order: ['c', 'b', 'a'] });
			const ys = elements(body, 'g')
				.filter((g) => g.attrs['data-key'])
				.map((g) => Number(/translate\(0 ([\d.]+)\)/.exec(g.attrs.transform ?? '')?.[1]));
			for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
		});

		it.each([
			['c', 'a'],
			['b', 'a', 'c']
		])(
			'names each row’s case by its city, in the order shown, inside one group of rows: %s',
			(...order) => {
				const body = draw(rows, { order });
				const gs = elements(body, 'g');
				const wrappers = gs.filter((g) => g.attrs.class === 'rows');
				expect(wrappers).toHaveLength(1);
				const named = gs.filter((g) => g.attrs['data-key']);
				expect(named.map((g) => g.attrs['data-case'])).toEqual(
					order.map((id) => citySlug(rows.find((r) => r.id === id)?.city ?? ''))
				);
			}
		);
	});
});
