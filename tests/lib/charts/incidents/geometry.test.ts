import { WORDS } from '../edition-words.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LAYOUT_WIDTHS } from '../../../../src/lib/charts/common.ts';
import {
	gapInWords,
	layoutIncidents,
	type IncidentMark,
	type IncidentsLayout
} from '../../../../src/lib/charts/incidents/geometry.ts';
import type { Incident } from '../../../../src/lib/data/types.ts';
import { inc } from '../../data/rows.ts';
import { publishedRows } from '../published-rows.ts';
import { collisions, linesAt, onMarks, outside, type Box, type TextLine } from '../text-boxes.ts';

/** Geometry is rounded to tenths. */
const ROUNDING = 0.15;

/** Every line of words the chart draws: gaps, headings, values and details. */
function textLines(layout: IncidentsLayout): TextLine[] {
	return [
		...layout.marks.flatMap((m) => [
			...(m.gap ? linesAt([m.gap.text], m.detailX, m.gap.y, 12) : []),
			...linesAt(m.headingLines, m.detailX, m.headingY, FONT_SIZE),
			...linesAt(m.labelLines, m.labelX, m.labelY, FONT_SIZE),
			...linesAt(m.detailLines, m.detailX, m.detailY, 12)
		])
	];
}

/** The bars and the dashed extensions with their arrow heads. */
function markBoxes(layout: IncidentsLayout): Box[] {
	return layout.marks.flatMap((m) => [
		{ left: m.x, right: m.x + m.width, top: m.y - m.height / 2, bottom: m.y + m.height / 2 },
		...(m.extension
			? [{ left: m.extension.x1, right: m.extension.x2 + 6, top: m.y - 4.5, bottom: m.y + 4.5 }]
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

describe.each(LOCALES)('in %s', (locale) => {
	const lang = langFor(locale);
	const W = WORDS[locale];
	describe('layoutIncidents', () => {
		describe.each(sets)('$name', ({ rows }) => {
			const layout = layoutIncidents(rows, lang);
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
						expect(Math.abs(mark.extension.x1 - (mark.x + mark.width))).toBeLessThanOrEqual(
							ROUNDING
						);
						expect(mark.extension.x2).toBeGreaterThan(mark.extension.x1);
					}
				}
			});

			it('says "at least" in exactly the flagged labels', () => {
				for (const row of rows)
					expect(byId(layout.marks, row).label.includes(W.atLeast)).toBe(row.killed_is_minimum);
			});

			it('flags exactly the estimated dates, and says "about" in exactly their headings', () => {
				for (const row of rows) {
					const mark = byId(layout.marks, row);
					expect(mark.approximate).toBe(row.date_approximate);
					expect(mark.heading.includes(W.about)).toBe(row.date_approximate);
				}
			});

			it('says between two rows how many days apart they are, and nothing above the first', () => {
				sorted.forEach((row, i) => {
					const mark = byId(layout.marks, row);
					const previous = sorted[i - 1];
					expect(mark.gap?.text ?? null).toBe(previous ? gapInWords(previous, row, lang) : null);
					if (mark.gap) expect(mark.gap.y).toBeLessThan(mark.headingY);
				});
			});

			it('names what happened in each row in words', () => {
				for (const row of rows)
					expect(byId(layout.marks, row).heading.toLowerCase()).toContain(W.kind[row.kind]);
			});

			it('takes no more room than its words: at most 100 units a row at 600', () => {
				expect(layout.height).toBeLessThanOrEqual(100 * rows.length);
			});

			it('places each label past its bar and extension, or under it', () => {
				for (const mark of layout.marks) {
					const end = mark.extension ? mark.extension.x2 + 6 : mark.x + mark.width;
					if (mark.labelBelow)
						expect(mark.labelY - 0.8 * FONT_SIZE).toBeGreaterThan(mark.y + mark.height / 2);
					else expect(mark.labelX).toBeGreaterThan(end);
				}
			});

			it('keeps bars inside the viewBox height', () => {
				for (const mark of layout.marks) {
					expect(mark.y - mark.height / 2).toBeGreaterThanOrEqual(0);
					expect(mark.y + mark.height / 2).toBeLessThanOrEqual(layout.height);
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
				const layout = layoutIncidents(rows, lang, width);

				it('keeps every line of words inside the viewBox', () => {
					expect(layout.width).toBe(width);
					expect(outside(textLines(layout), width)).toEqual([]);
				});

				it('never draws two lines of words over each other', () => {
					expect(collisions(textLines(layout))).toEqual([]);
				});

				it('never draws words over a bar or an extension', () => {
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

				it('draws bars from zero in proportion to the deaths', () => {
					const longest = Math.max(...layout.marks.map((m) => m.width));
					const max = Math.max(...rows.map((row) => row.killed));
					for (const row of rows) {
						const mark = byId(layout.marks, row);
						expect(mark.x).toBe(layout.plot.left);
						expect(Math.abs(mark.width - (longest * row.killed) / max)).toBeLessThanOrEqual(
							ROUNDING
						);
					}
				});

				it('keeps the words of a mark whole across its lines', () => {
					for (const mark of layout.marks) {
						expect(mark.labelLines.join('')).toBe(mark.label);
						expect(mark.detailLines.join('')).toBe(mark.detail);
						expect(mark.headingLines.join('')).toBe(mark.heading);
					}
				});
			});
		});

		it('gives longer bars at 600 than at 240, in the same proportions', () => {
			const rows = publishedRows.incidents;
			const narrow = layoutIncidents(rows, lang, 240).marks;
			const wide = layoutIncidents(rows, lang, 600).marks;
			const ratio = (wide[0] as IncidentMark).width / (narrow[0] as IncidentMark).width;
			expect(ratio).toBeGreaterThan(1.3);
			wide.forEach((mark, i) =>
				expect(Math.abs(mark.width - (narrow[i] as IncidentMark).width * ratio)).toBeLessThan(0.5)
			);
		});

		// The other editions name places from their catalogue, not from the row's English `place`.
		if (locale === 'en')
			it('wraps a long place onto more lines, and grows the chart to hold them', () => {
				const short = layoutIncidents(
					[{ ...inc('2012-05-01', 2), place: 'Taraz' }, inc('2012-05-03', 1)],
					lang,
					240
				);
				const long = layoutIncidents(
					[
						{ ...inc('2012-05-01', 2), place: 'A village on the road from Taldykorgan to Ushtobe' },
						inc('2012-05-03', 1)
					],
					lang,
					240
				);
				expect(short.marks[0]?.detailLines).toHaveLength(1);
				expect(long.marks[0]?.detailLines.length).toBeGreaterThan(1);
				expect(long.height).toBeGreaterThan(short.height);
			});

		// The toll beside each bar, in each edition's grammar: Russian plural cases, the genitive
		// after "не менее", the Kazakh singular noun after a number.
		const TOLLS: Record<Locale, [string, string, string, string]> = {
			en: ['8 died', 'at least 2 killed', '1 died', '1,200 died'],
			ru: ['8 погибших', 'не менее 2 убитых', '1 погибший', '1\u00a0200 погибших'],
			kk: [
				'8 адам қаза тапты',
				'кемінде 2 адам өлтірілді',
				'1 адам қаза тапты',
				'1\u00a0200 адам қаза тапты'
			]
		};
		const tolls = TOLLS[locale];
		it.each([
			{ row: inc('2012-07-11', 8), approximate: false, label: tolls[0] },
			{
				row: { ...inc('2012-09-12', 2, { minimum: true }), kind: 'security operation' as const },
				approximate: false,
				label: tolls[1]
			},
			{ row: inc('2012-09-05', 1, { approximate: true }), approximate: true, label: tolls[2] },
			{ row: inc('2012-02-29', 1200), approximate: false, label: tolls[3] }
		])(
			'heads $row.date with its day and kind and labels its bar "$label"',
			({ row, approximate, label }) => {
				const [mark] = layoutIncidents([row], lang).marks;
				const day = lang.f.date(new Date(`${row.date}T00:00:00Z`), 'dayShort');
				expect(mark?.heading).toBe(
					`${approximate ? `${W.about} ` : ''}${day}: ${W.kind[row.kind]}`
				);
				expect(mark?.label).toBe(label);
			}
		);

		const GAPS: Record<Locale, [string, string, string, string, string]> = {
			en: ['37 days later', 'about 19 days later', '1 day later', 'the same day', '2 days later'],
			ru: [
				'через 37 дней',
				'примерно через 19 дней',
				'через 1 день',
				'в тот же день',
				'через 2 дня'
			],
			kk: [
				'37 күннен кейін',
				'шамамен 19 күннен кейін',
				'1 күннен кейін',
				'сол күні',
				'2 күннен кейін'
			]
		};
		const gaps = GAPS[locale];
		it.each([
			{ from: inc('2012-07-11', 8), to: inc('2012-08-17', 9), expected: gaps[0] },
			{
				from: inc('2012-08-17', 9),
				to: inc('2012-09-05', 1, { approximate: true }),
				expected: gaps[1]
			},
			{ from: inc('2012-03-31', 1), to: inc('2012-04-01', 3), expected: gaps[2] },
			{ from: inc('2012-07-11', 8), to: inc('2012-07-11', 3), expected: gaps[3] },
			{ from: inc('2012-03-10', 8), to: inc('2012-03-12', 3), expected: gaps[4] }
		])('says the gap from $from.date to $to.date as "$expected"', ({ from, to, expected }) => {
			expect(gapInWords(from, to, lang)).toBe(expected);
		});

		it.each(LAYOUT_WIDTHS)('never ends a line with a dangling separator at %d', (width) => {
			for (const m of layoutIncidents(publishedRows.incidents, lang, width).marks)
				for (const line of [...m.headingLines, ...m.labelLines, ...m.detailLines])
					expect(line.trimEnd()).not.toMatch(/·$/);
		});

		const WHO: Record<Locale, [RegExp, RegExp]> = {
			en: [/the dead described as suspects/, /who died: not stated/],
			ru: [/погибшие описаны как подозреваемые/, /кто погиб, не указано/],
			kk: [/қаза тапқандар күдікті ретінде сипатталған/, /кім қаза тапқаны көрсетілмеген/]
		};
		it.each([
			{ described: 'suspects' as const, words: WHO[locale][0] },
			{ described: 'not stated' as const, words: WHO[locale][1] }
		])('says who died only as the report does: $described', ({ described, words }) => {
			const [mark] = layoutIncidents(
				[{ ...inc('2012-07-11', 8), killed_described: described }],
				lang
			).marks;
			expect(mark?.detail).toMatch(words);
			expect(mark?.title).toMatch(words);
		});

		it('keeps two incidents on the same day apart, so their labels do not collide', () => {
			const layout = layoutIncidents([inc('2012-07-11', 8), inc('2012-07-11', 3)], lang);
			const [a, b] = layout.marks as [IncidentMark, IncidentMark];
			expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(FONT_SIZE);
		});

		it('draws nothing for no incidents', () => {
			const layout = layoutIncidents([], lang);
			expect(layout.marks).toEqual([]);
			expect(layout.height).toBeGreaterThan(0);
		});
	});
});
