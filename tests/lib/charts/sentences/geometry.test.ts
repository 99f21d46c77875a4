import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS, textWidth } from '../../../../src/lib/charts/common.ts';
import {
	layoutSentences,
	type SentencesLayout,
	type SentenceMark
} from '../../../../src/lib/charts/sentences/geometry.ts';
import { sentenceHeight } from '../../../../src/lib/charts/sentences/height.ts';
import { sentenceRows } from '../../../../src/lib/charts/sentences/spec.ts';
import type { Conviction } from '../../../../src/lib/data/types.ts';
import { langFor, type Lang } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { conviction, notStated, range, toLife } from '../../data/rows.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';

/** Geometry is rounded to tenths. */
const ROUNDING = 0.15;

/** Years a tick stands for: "0 years" ("0 лет", "0 жыл") at the origin, a bare number elsewhere. */
function tickYears(label: string): number {
	return Number(label.replace(/ (years?|лет|жыл)$/, '').replaceAll('\u00a0', ''));
}

/** What each edition must write, spelled out here rather than read from the catalogue under test. */
const WORDS: Record<Locale, { life: RegExp; notStated: string; noBar: string; lang: Lang }> = {
	en: {
		life: /\blife\b/,
		notStated: 'not stated',
		noBar: 'no sentence stated in the report',
		lang: langFor('en')
	},
	ru: {
		life: /пожизненного лишения свободы/,
		notStated: 'не указан',
		noBar: 'срок в докладе не указан',
		lang: langFor('ru')
	},
	kk: {
		life: /өмір бойы бас бостандығынан айыру/,
		notStated: 'көрсетілмеген',
		noBar: 'баяндамада мерзім көрсетілмеген',
		lang: langFor('kk')
	}
};

/** The axis as a function of years, read back from its ticks. */
function axisScale(layout: SentencesLayout): (years: number) => number {
	const ticks = layout.axis.ticks.map((t) => ({ x: t.x, years: tickYears(t.label) }));
	const [a, b] = [ticks[0], ticks[ticks.length - 1]];
	if (!a || !b || a === b) throw new Error('need two ticks');
	const perYear = (b.x - a.x) / (b.years - a.years);
	return (years) => a.x + (years - a.years) * perYear;
}

/** Every line of words a view of all rows draws, rows in the order given, as the chart places them. */
function textLines(layout: SentencesLayout): TextLine[] {
	const ticks = layout.axis.ticks.map((t): TextLine => ({
		text: t.label,
		x: t.x,
		y: layout.axis.y - 4,
		size: 12,
		anchor: t.x <= layout.axis.left ? 'start' : 'middle'
	}));
	return [
		...ticks,
		...layout.marks.flatMap((m, i) => {
			const top = layout.top + i * layout.rowHeight;
			return [
				...linesAt(m.labelLines, layout.axis.left, top + m.labelY, FONT_SIZE),
				...m.valueLines.map((line, j): TextLine => ({
					text: line.trimEnd(),
					x: m.valueX,
					y: top + m.valueY + j * 16,
					size: FONT_SIZE,
					anchor: m.valueAnchor
				})),
				...linesAt(m.detailLines, layout.axis.left, top + m.detailY, 12),
				...(m.notStated
					? linesAt(m.notStated.lines, layout.axis.left, top + m.notStated.y, FONT_SIZE)
					: [])
			];
		})
	];
}

/** The bars, and the breaks and arrows past the axis end for life. */
function markBoxes(layout: SentencesLayout): Box[] {
	return layout.marks.flatMap((m, i) => {
		const top = layout.top + i * layout.rowHeight + m.barY;
		const bottom = top + layout.barHeight;
		return [
			...(m.bar ? [{ left: m.bar.x1, right: m.bar.x2, top, bottom }] : []),
			...(m.lifeArrow ? [{ left: m.lifeArrow.x1 - 3, right: m.lifeArrow.x2 + 6, top, bottom }] : [])
		];
	});
}

function kindOf(row: Conviction): 'range' | 'life' | 'not-stated' {
	if (!row.sentence_stated) return 'not-stated';
	return row.sentence_max_life ? 'life' : 'range';
}

/** The longest term stated in years: a range's maximum or, for life, the minimum before it. */
function longestStated(rows: Conviction[]): number {
	return Math.max(
		0,
		...rows
			.filter((row) => row.sentence_stated)
			.map((row) => row.sentence_max_years ?? row.sentence_min_years ?? 0)
	);
}

/** A long city and offence in each edition's words, for the fit tests. */
const LONG: Record<Locale, { city: string; offence: string; section: string }> = {
	en: {
		city: 'Ust-Kamenogorsk',
		offence: 'Organising and financing a group that planned bomb attacks on police stations',
		section: 'Overview'
	},
	ru: {
		city: 'Усть-Каменогорск',
		offence:
			'Организация и финансирование группы, планировавшей взрывы у зданий органов внутренних дел',
		section: 'Обзор'
	},
	kk: {
		city: 'Өскемен',
		offence:
			'Ішкі істер органдарының ғимараттарына жарылыс жасауды жоспарлаған топты ұйымдастыру және қаржыландыру',
		section: 'Шолу'
	}
};

const sets: { name: string; rows: Conviction[] }[] = [
	{
		name: 'one of each kind, like the report',
		rows: [toLife('taraz', 5), range('atyrau', 5, 15), notStated('uralsk')]
	},
	{ name: 'ranges only', rows: [range('a', 1, 3), range('b', 2, 8), range('c', 4, 12)] },
	{ name: 'one fixed term', rows: [range('a', 7, 7)] },
	{ name: 'a fixed term beside a range', rows: [range('a', 6, 6), range('b', 2, 10)] },
	{ name: 'life with the longest minimum', rows: [toLife('a', 20), range('b', 5, 15)] },
	{ name: 'only life', rows: [toLife('a', 10), toLife('b', 15)] },
	{ name: 'from zero years', rows: [range('a', 0, 4)] },
	{ name: 'nothing stated', rows: [notStated('a'), notStated('b')] },
	{ name: 'odd maximum', rows: [range('a', 3, 23), notStated('b')] }
];

describe.each(LOCALES)('layoutSentences in %s', (locale) => {
	const { lang, life, notStated: notStatedWords, noBar } = WORDS[locale];
	describe.each(sets)('$name', ({ rows }) => {
		const layout = layoutSentences(rows, undefined, lang);
		const marks = new Map(layout.marks.map((m) => [m.id, m]));
		const mark = (row: Conviction) => marks.get(row.id) as SentenceMark;

		it('draws one row per case, in the given order', () => {
			expect(layout.marks.map((m) => m.id)).toEqual(rows.map((row) => row.id));
		});

		it('stacks label, detail and bar inside each row, below the axis', () => {
			expect(layout.top).toBeGreaterThan(layout.axis.y);
			for (const m of layout.marks) {
				expect(m.labelY - FONT_SIZE).toBeGreaterThanOrEqual(0);
				expect(m.labelY).toBeLessThan(m.detailY);
				expect(m.detailY).toBeLessThan(m.barY);
				expect(m.barY + layout.barHeight).toBeLessThanOrEqual(layout.rowHeight);
			}
		});

		it('has axis ticks that cover the longest stated term', () => {
			const years = layout.axis.ticks.map((t) => tickYears(t.label));
			expect(years.every(Number.isFinite)).toBe(true);
			expect(years[0]).toBe(0);
			for (let i = 1; i < years.length; i++)
				expect(years[i]).toBeGreaterThan(years[i - 1] as number);
			expect(Math.max(...years)).toBeGreaterThanOrEqual(longestStated(rows));
			for (const tick of layout.axis.ticks) {
				expect(tick.x).toBeGreaterThanOrEqual(layout.axis.left);
				expect(tick.x).toBeLessThanOrEqual(layout.axis.right);
			}
		});

		it('spans each stated range from its shortest to its longest term', () => {
			if (layout.axis.ticks.length < 2) return;
			const x = axisScale(layout);
			for (const row of rows.filter((r) => kindOf(r) === 'range')) {
				const { bar } = mark(row);
				const min = row.sentence_min_years as number;
				const max = row.sentence_max_years as number;
				expect(Math.abs((bar?.x1 ?? NaN) - x(min))).toBeLessThanOrEqual(2 * ROUNDING);
				if (max > min)
					expect(Math.abs((bar?.x2 ?? NaN) - x(max))).toBeLessThanOrEqual(2 * ROUNDING);
			}
		});

		it('runs a life sentence from its minimum to the end of the axis, with an arrow', () => {
			for (const row of rows) {
				const m = mark(row);
				expect(m.lifeArrow !== null).toBe(kindOf(row) === 'life');
				if (kindOf(row) !== 'life') continue;
				const x = axisScale(layout);
				expect(Math.abs((m.bar?.x1 ?? NaN) - x(row.sentence_min_years as number))).toBeLessThan(
					2 * ROUNDING
				);
				expect(m.bar?.x2).toBe(layout.axis.right);
				expect(m.lifeArrow?.x1).toBe(layout.axis.right);
				expect(m.lifeArrow?.x2).toBeGreaterThan(layout.axis.right);
			}
		});

		it('says "life" for a life sentence and gives it no invented number of years', () => {
			for (const row of rows.filter((r) => kindOf(r) === 'life')) {
				const { valueLabel } = mark(row);
				expect(valueLabel).toMatch(life);
				const numbers = (valueLabel.match(/\d+/g) ?? []).map(Number);
				expect(numbers).toEqual([row.sentence_min_years]);
			}
			for (const row of rows.filter((r) => kindOf(r) !== 'life'))
				expect(mark(row).valueLabel).not.toMatch(life);
		});

		it('draws no bar for a sentence the report does not state, and labels it "not stated"', () => {
			for (const row of rows) {
				const m = mark(row);
				const unstated = kindOf(row) === 'not-stated';
				expect(m.notStated !== null).toBe(unstated);
				if (m.notStated) expect(m.notStated.lines.join('')).toBe(noBar);
				expect(m.bar === null).toBe(unstated);
				if (unstated) {
					expect(m.lifeArrow).toBeNull();
					expect(m.valueLabel).toBe(notStatedWords);
					expect(m.valueLabel).not.toMatch(/\d/);
				}
			}
		});

		it('gives every stated sentence a visible bar', () => {
			for (const row of rows.filter((r) => kindOf(r) !== 'not-stated')) {
				const { bar } = mark(row);
				expect((bar?.x2 ?? 0) - (bar?.x1 ?? 0)).toBeGreaterThan(0);
			}
		});

		it.each(LAYOUT_WIDTHS)('stays inside a viewBox %d wide', (width) => {
			const sized = layoutSentences(rows, width, lang);
			expect(sized.width).toBe(width);
			expect(sized.axis.right).toBeLessThanOrEqual(width);
			for (const m of sized.marks) {
				if (m.bar) {
					expect(m.bar.x1).toBeGreaterThanOrEqual(0);
					expect(m.bar.x2).toBeLessThanOrEqual(width);
				}
				// The arrow head reaches 6 units past the end of the line.
				if (m.lifeArrow) {
					expect(m.lifeArrow.x2 + 6).toBeLessThanOrEqual(width);
				}
				for (const line of m.valueLines)
					expect(textWidth(line.trimEnd())).toBeLessThanOrEqual(width);
				expect(m.valueLines.join('')).toBe(m.valueLabel);
			}
		});

		it('keeps the case label clear of the sentence, right-aligned at the edge or under it', () => {
			for (const m of layout.marks) {
				if (m.valueAnchor === 'end') {
					expect(m.valueX).toBe(layout.width);
					expect(m.valueY).toBe(m.labelY);
					expect(layout.axis.left + textWidth(m.label)).toBeLessThan(
						layout.width - textWidth(m.valueLabel)
					);
				} else expect(m.valueY).toBeGreaterThan(m.labelY);
			}
		});

		it('is tall enough for every row it shows', () => {
			const bottom = (n: number) =>
				layout.top +
				(n - 1) * layout.rowHeight +
				Math.max(...layout.marks.map((m) => m.barY)) +
				layout.barHeight;
			for (let n = 1; n <= rows.length; n++)
				expect(sentenceHeight(layout, n)).toBeGreaterThanOrEqual(bottom(n));
		});
	});

	describe.each([
		{ name: 'the published cases', rows: sentenceRows(publishedRows.sentences, lang) },
		...sets,
		{
			name: 'a long city, a long offence and life',
			rows: [
				{
					...conviction('a', {
						city: 'Ust-Kamenogorsk',
						convicted: 1200,
						offence:
							'Organising and financing a group that planned bomb attacks on police stations',
						sentence_stated: true,
						sentence_min_years: 8,
						sentence_max_life: true
					}),
					words: LONG[locale]
				},
				range('b', 2, 4)
			]
		}
	])('$name', ({ rows }) => {
		describe.each(LAYOUT_WIDTHS)('at width %d', (width) => {
			const layout = layoutSentences(rows, width, lang);

			it('keeps every line of words inside the viewBox', () => {
				expect(outside(textLines(layout), width)).toEqual([]);
			});

			it('never draws two lines of words over each other', () => {
				expect(collisions(textLines(layout))).toEqual([]);
			});

			it('never draws words over a bar or a life arrow', () => {
				expect(onMarks(textLines(layout), markBoxes(layout))).toEqual([]);
			});

			it('fits every row, words and bar, in the one row height', () => {
				for (const m of layout.marks) {
					const lowest = Math.max(
						m.barY + layout.barHeight,
						m.detailY + (m.detailLines.length - 1) * 16 + 4
					);
					expect(lowest).toBeLessThanOrEqual(layout.rowHeight);
				}
				expect(layout.height).toBe(sentenceHeight(layout, rows.length));
			});

			it('keeps the words of a row whole across its lines', () => {
				for (const m of layout.marks) {
					expect(m.labelLines.join('')).toBe(m.label);
					expect(m.detailLines.join('')).toBe(m.detail);
				}
			});
		});
	});

	it('gives rows more height at 240, where the words wrap, than at 600', () => {
		const rows = sentenceRows(publishedRows.sentences, lang);
		const narrow = layoutSentences(rows, 240, lang);
		const wide = layoutSentences(rows, 600, lang);
		expect(narrow.marks.some((m) => m.detailLines.length > 1)).toBe(true);
		expect(narrow.rowHeight).toBeGreaterThan(wide.rowHeight);
	});

	it('draws longer bars at 600 than at 240, each from its minimum', () => {
		const bar = (width: number) => {
			const layout = layoutSentences(sentenceRows(publishedRows.sentences, lang), width, lang);
			const scale = axisScale(layout);
			const m = layout.marks.find((mark) => mark.span.kind === 'range');
			if (!m?.bar || m.span.kind !== 'range') throw new Error('no range');
			expect(Math.abs(m.bar.x1 - scale(m.span.min))).toBeLessThanOrEqual(ROUNDING);
			return m.bar.x2 - m.bar.x1;
		};
		expect(bar(600)).toBeGreaterThan(bar(240) * 2);
	});

	const VALUES: Record<Locale, { row: Conviction; expected: string }[]> = {
		en: [
			{ row: range('a', 5, 15), expected: '5 to 15 years' },
			{ row: range('a', 7, 7), expected: '7 years' },
			{ row: range('a', 1, 1), expected: '1 year' },
			{ row: toLife('a', 5), expected: '5 years to life' },
			{ row: notStated('a'), expected: 'not stated' }
		],
		ru: [
			{ row: range('a', 5, 15), expected: 'от 5 до 15 лет' },
			{ row: range('a', 7, 7), expected: '7 лет' },
			{ row: range('a', 2, 2), expected: '2 года' },
			{ row: range('a', 21, 21), expected: '21 год' },
			{ row: range('a', 1, 21), expected: 'от 1 до 21 года' },
			{ row: toLife('a', 5), expected: 'от 5 лет до пожизненного лишения свободы' },
			{ row: notStated('a'), expected: 'не указан' }
		],
		kk: [
			{ row: range('a', 5, 15), expected: '5 жылдан 15 жылға дейін' },
			{ row: range('a', 7, 7), expected: '7 жыл' },
			{ row: toLife('a', 5), expected: '5 жылдан өмір бойы бас бостандығынан айыруға дейін' },
			{ row: notStated('a'), expected: 'көрсетілмеген' }
		]
	};
	it.each(VALUES[locale])('labels $row.id ($expected)', ({ row, expected }) => {
		expect(layoutSentences([row], undefined, lang).marks[0]?.valueLabel).toBe(expected);
	});

	const LABELS: Record<Locale, { convicted: number; expected: string }[]> = {
		en: [
			{ convicted: 1, expected: 'Atyrau · 1 convicted' },
			{ convicted: 47, expected: 'Atyrau · 47 convicted' },
			{ convicted: 1200, expected: 'Atyrau · 1,200 convicted' }
		],
		ru: [
			{ convicted: 1, expected: 'Атырау · 1 осуждённый' },
			{ convicted: 2, expected: 'Атырау · 2 осуждённых' },
			{ convicted: 21, expected: 'Атырау · 21 осуждённый' },
			{ convicted: 47, expected: 'Атырау · 47 осуждённых' },
			{ convicted: 1200, expected: 'Атырау · 1\u00a0200 осуждённых' }
		],
		kk: [
			{ convicted: 1, expected: 'Атырау · 1 адам сотталды' },
			{ convicted: 47, expected: 'Атырау · 47 адам сотталды' }
		]
	};
	it.each(LABELS[locale])(
		'labels the case with its city and people convicted: $expected',
		({ convicted, expected }) => {
			const row = conviction('atyrau-bombing-organisers', {
				city: 'Atyrau',
				convicted,
				place_id: 'atyrau'
			});
			const [withWords] = sentenceRows([row], lang);
			expect(layoutSentences(withWords ? [withWords] : [], undefined, lang).marks[0]?.label).toBe(
				expected
			);
		}
	);

	it('draws a fixed term (min = max) as a short bar at that term', () => {
		const layout = layoutSentences([range('fixed', 6, 6), range('wide', 2, 10)], undefined, lang);
		const x = axisScale(layout);
		const bar = layout.marks[0]?.bar;
		expect(Math.abs((bar?.x1 ?? NaN) - x(6))).toBeLessThanOrEqual(2 * ROUNDING);
		expect((bar?.x2 ?? 0) - (bar?.x1 ?? 0)).toBeGreaterThan(0);
		expect((bar?.x2 ?? 0) - (bar?.x1 ?? 0)).toBeLessThan(x(1) - x(0));
	});

	it('does not stretch the axis for an unstated sentence with stray numbers', () => {
		const stray = conviction('stray', { sentence_min_years: 0, sentence_max_years: 99 });
		const layout = layoutSentences([range('a', 2, 8), stray], undefined, lang);
		const years = layout.axis.ticks.map((t) => tickYears(t.label));
		expect(Math.max(...years)).toBeLessThan(99);
		expect(layout.marks[1]?.bar).toBeNull();
	});
});
