import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	EXPORT_WIDTH,
	FONT_SIZE,
	LAYOUT_WIDTHS,
	lineWidth,
	SMALL_SIZE
} from '../../../../src/lib/charts/common.ts';
import {
	layoutEvents,
	themes,
	type EventDatum,
	type EventsLayout
} from '../../../../src/lib/charts/events/geometry.ts';
import { datedEvents } from '../../../../src/lib/charts/events/spec.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../../src/lib/server/data.ts';
import { event } from '../../data/rows.ts';
import { collisions, linesAt, onMarks, outside, type TextLine } from '../text-boxes.ts';

const EN = langFor('en');

/** Every line of words the chart draws: dates, names and details. */
function textLines(layout: EventsLayout): TextLine[] {
	return layout.marks.flatMap((m) => [
		{ text: m.dateLabel, x: 0, y: m.labelY, size: 12 },
		...linesAt(m.labelLines, layout.textX, m.labelY, FONT_SIZE),
		...linesAt(m.detail, layout.textX, m.detailY, 12)
	]);
}

const datum = (date: string, countries: string[] = []): EventDatum => ({
	...event(date, 'cooperation'),
	countries
});

const MANY = ['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan', 'Afghanistan'];

const sets: { name: string; events: EventDatum[] }[] = [
	{ name: 'one event', events: [datum('2012-07-11')] },
	{
		name: 'out of order, days and months mixed',
		events: [datum('2012-12'), datum('2012-04-03'), datum('2012-04'), datum('2012-09-12')]
	},
	{ name: 'one with many countries', events: [datum('2012-04', MANY), datum('2012-05')] }
];

const data = loadPackageFrom(process.cwd()).data;

/** How each edition writes a day, a month and the theme with no countries, spelled out here. */
const DATES: Record<Locale, { dates: { date: string; expected: string }[]; cooperation: string }> =
	{
		en: {
			dates: [
				{ date: '2012-07-11', expected: '11 Jul' },
				{ date: '2012-09', expected: 'Sept' },
				{ date: '2012-04', expected: 'Apr' }
			],
			cooperation: 'Cooperation'
		},
		ru: {
			dates: [
				{ date: '2012-07-11', expected: '11 июл.' },
				{ date: '2012-09', expected: 'сент.' },
				{ date: '2012-04', expected: 'апр.' }
			],
			cooperation: 'Сотрудничество'
		},
		kk: {
			dates: [
				{ date: '2012-07-11', expected: '11 шіл.' },
				{ date: '2012-09', expected: 'қыр.' },
				{ date: '2012-04', expected: 'сәу.' }
			],
			cooperation: 'Ынтымақтастық'
		}
	};

describe.each(LOCALES)('layoutEvents in %s', (locale) => {
	const lang = langFor(locale);
	it('names every theme the data package allows, once', () => {
		const descriptor = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8'));
		const events = descriptor.resources.find((r: { name: string }) => r.name === 'events');
		const theme = events.schema.fields.find((f: { name: string }) => f.name === 'theme');
		expect(
			themes(lang)
				.map((t) => t.theme)
				.sort()
		).toEqual([...theme.constraints.enum].sort());
		expect(new Set(themes(lang).map((t) => t.label)).size).toBe(theme.constraints.enum.length);
	});

	describe.each(sets)('$name', ({ events }) => {
		const layout = layoutEvents(events, undefined, lang);

		it('puts the rows in date order, top to bottom, without overlap', () => {
			const order = [...events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.id);
			expect(layout.marks.map((m) => m.id)).toEqual(order);
			layout.marks.slice(1).forEach((mark, i) => {
				const above = layout.marks[i]!;
				const bottom = above.detailY + (above.detail.length - 1) * layout.lineHeight;
				expect(mark.labelY - FONT_SIZE).toBeGreaterThan(bottom);
			});
		});

		it('keeps every row inside the chart', () => {
			for (const mark of layout.marks) {
				expect(mark.labelY - FONT_SIZE).toBeGreaterThanOrEqual(0);
				const bottom = mark.detailY + (mark.detail.length - 1) * layout.lineHeight;
				expect(bottom).toBeLessThanOrEqual(layout.height);
			}
		});

		it('wraps the detail to the width left for words', () => {
			const room = layout.width - layout.textX;
			for (const mark of layout.marks) {
				for (const line of mark.detail)
					expect(lineWidth(line, SMALL_SIZE)).toBeLessThanOrEqual(room);
			}
		});

		it('puts the dot on the line, beside the name', () => {
			for (const mark of layout.marks) {
				expect(mark.dotY).toBeLessThan(mark.labelY);
				expect(mark.dotY).toBeGreaterThan(mark.labelY - FONT_SIZE);
			}
			expect(layout.spineX).toBeLessThan(layout.textX);
		});
	});

	describe.each([
		{ name: 'the published developments', events: datedEvents(data, lang) },
		...sets,
		{
			name: 'a long name and many countries',
			events: [
				{
					...datum('2012-10-10', [...MANY, 'United States', 'China']),
					label: 'Shanghai Cooperation Organisation counterterrorism exercise held near Chebarkul'
				},
				datum('2012-10-10')
			]
		}
	])('$name', ({ events }) => {
		describe.each(LAYOUT_WIDTHS)('at width %d', (width) => {
			const layout = layoutEvents(events, width, lang);

			it('keeps every line of words inside the viewBox', () => {
				expect(outside(textLines(layout), width)).toEqual([]);
			});

			it('wraps the bold names within the room beside the dates, by measured width', () => {
				for (const m of layout.marks)
					for (const line of m.labelLines)
						expect(lineWidth(line)).toBeLessThanOrEqual(
							Math.max(
								width - layout.textX,
								lineWidth(line.split(' ').reduce((a, b) => (a.length > b.length ? a : b)))
							)
						);
			});

			it('never draws two lines of words over each other', () => {
				expect(collisions(textLines(layout))).toEqual([]);
			});

			it('never draws words over a dot', () => {
				const dots = layout.marks.map((m) => ({
					left: layout.spineX - layout.radius,
					right: layout.spineX + layout.radius,
					top: m.dotY - layout.radius,
					bottom: m.dotY + layout.radius
				}));
				expect(onMarks(textLines(layout), dots)).toEqual([]);
			});

			it('keeps the words whole across their lines, and the chart tall enough', () => {
				for (const [i, m] of layout.marks.entries()) {
					expect(m.labelLines.join('')).toBe(m.label);
					expect(m.detail.join('')).toMatch(/^\p{Lu}/u);
					expect(m.labelY).toBeGreaterThan(i === 0 ? 0 : (layout.marks[i - 1]?.labelY ?? 0));
				}
				expect(Math.max(...textLines(layout).map((l) => l.y + 4))).toBeLessThanOrEqual(
					layout.height
				);
			});
		});
	});

	it('wraps long names at 240 and grows the chart to hold them, not at 600', () => {
		const narrow = layoutEvents(datedEvents(data, lang), 240, lang);
		const wide = layoutEvents(datedEvents(data, lang), 600, lang);
		expect(narrow.marks.some((m) => m.labelLines.length > 1)).toBe(true);
		expect(wide.marks.every((m) => m.labelLines.length === 1)).toBe(true);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});

	it.each(DATES[locale].dates)('dates $date as "$expected"', ({ date, expected }) => {
		const [mark] = layoutEvents([datum(date)], undefined, lang).marks;
		expect(mark?.dateLabel).toBe(expected);
		expect(mark?.exactDay).toBe(date.length === 10);
	});

	it('names the countries under the development, and no countries where there are none', () => {
		const [withMany, none] = layoutEvents(
			[datum('2012-04', MANY), datum('2012-05')],
			undefined,
			lang
		).marks;
		for (const country of MANY) expect(withMany?.detail.join(' ')).toContain(country);
		expect(withMany?.detail.length).toBeGreaterThan(1);
		expect(none?.detail).toEqual([DATES[locale].cooperation]);
	});

	it('is as wide as asked', () => {
		expect(layoutEvents([datum('2012-04')], EXPORT_WIDTH, EN).width).toBe(EXPORT_WIDTH);
		expect(layoutEvents([datum('2012-04')], 300, EN).width).toBe(300);
	});
});
