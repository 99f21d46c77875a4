import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventsChart from '../../../../src/lib/charts/events/EventsChart.svelte';
import { layoutEvents, type EventDatum } from '../../../../src/lib/charts/events/geometry.ts';
import { event } from '../../data/rows.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../src/lib/i18n/locales.ts';
import { accessibility, groups, marks, texts, unbalancedTags } from '../svg.ts';

const withCountries = (e: ReturnType<typeof event>, countries: string[] = []): EventDatum => ({
	...e,
	countries
});

const sets: { name: string; events: EventDatum[] }[] = [
	{ name: 'no events', events: [] },
	{ name: 'one event', events: [withCountries(event('2012-07-11', 'incident'))] },
	{
		name: 'events on days and in months, one with countries',
		events: [
			withCountries(event('2012-04', 'justice')),
			withCountries(event('2012-04', 'cooperation'), ['Kazakhstan', 'Russia', 'Ukraine']),
			withCountries(event('2012-09-12', 'incident')),
			withCountries(event('2012-12', 'oversight'))
		]
	}
];

/** How each edition says the report gives the day, or the month only, spelled out here. */
const PRECISION: Record<Locale, { day: string; month: string }> = {
	en: { day: 'gives the day', month: 'month only' },
	ru: { day: 'указывает день', month: 'только месяц' },
	kk: { day: 'күні көрсетілген', month: 'тек айы көрсетілген' }
};

describe.each(LOCALES)('EventsChart in %s', (locale) => {
	describe.each(sets)('$name', ({ events }) => {
		const layout = layoutEvents(events, undefined, langFor(locale));
		const body = render(EventsChart, {
			props: { layout, title: 'Developments', desc: 'In order.', id: 'ev' }
		}).body;
		const rows = groups(body);

		it('is one labelled image with a title and a description', () => {
			const a = accessibility(body);
			expect(a.svgCount).toBe(1);
			expect(a.role).toBe('img');
			expect(a.title).toBe('Developments');
			expect(a.desc).toBe('In order.');
			expect(a.missingIds).toEqual([]);
			expect(a.viewBox).toEqual([0, 0, layout.width, layout.height]);
		});

		it('draws one dot per event, in a row of its own keyed by its id', () => {
			expect(marks(body, 'event')).toHaveLength(events.length);
			expect([...rows.keys()].sort()).toEqual(events.map((e) => e.id).sort());
		});

		it.each(events)('writes $id’s name, its date and a title that gives them in words', (e) => {
			const row = rows.get(e.id) ?? '';
			const words = texts(row);
			expect(words).toContain(e.label);
			const title = texts(row, 'title')[0] ?? '';
			expect(title).toContain(e.label);
			expect(title).toContain(e.section);
			expect(title).toContain(
				e.date_precision === 'day' ? PRECISION[locale].day : PRECISION[locale].month
			);
			// A day is written with its number; a month-only date has none.
			const date = words[0] ?? '';
			expect(/\d/.test(date)).toBe(e.date_precision === 'day');
			for (const country of e.countries) expect(words.join(' ')).toContain(country);
		});

		it('draws a month-only date hollow and a day filled', () => {
			for (const dot of marks(body, 'event')) {
				const hollow = (dot.attrs.class ?? '').includes('dot-month');
				expect(hollow).toBe(dot.attrs['data-precision'] === 'month');
			}
		});

		it('is well-formed', () => {
			expect(unbalancedTags(body)).toEqual([]);
		});
	});
});
