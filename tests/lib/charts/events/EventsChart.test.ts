import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventsChart from '../../../../src/lib/charts/events/EventsChart.svelte';
import { layoutEvents, THEMES } from '../../../../src/lib/charts/events/geometry.ts';
import type { ReportEvent } from '../../../../src/lib/data/types.ts';
import { event } from '../../data/rows.ts';
import { accessibility, marks, texts, unbalancedTags } from '../svg.ts';

const sets: { name: string; events: ReportEvent[] }[] = [
	{ name: 'no events', events: [] },
	{ name: 'one event', events: [event('2012-07-11', 'incident')] },
	{
		name: 'events in several cells',
		events: [
			event('2012-04', 'justice'),
			event('2012-04', 'justice'),
			event('2012-04', 'cooperation'),
			event('2012-06', 'legislation'),
			event('2012-09-12', 'incident'),
			event('2012-12', 'oversight')
		]
	}
];

describe('EventsChart', () => {
	describe.each(sets)('$name', ({ events }) => {
		const layout = layoutEvents(events);
		const body = render(EventsChart, {
			props: { layout, title: 'Developments', desc: 'By theme.', id: 'ev' }
		}).body;

		it('is one labelled image with a title and a description', () => {
			const a = accessibility(body);
			expect(a.svgCount).toBe(1);
			expect(a.role).toBe('img');
			expect(a.title).toBe('Developments');
			expect(a.desc).toBe('By theme.');
			expect(a.labelledBy).toHaveLength(2);
			expect(a.missingIds).toEqual([]);
			expect(a.viewBox).toEqual([0, 0, layout.width, layout.height]);
		});

		it('draws one dot per event, each once', () => {
			const dots = marks(body, 'event');
			expect(dots).toHaveLength(events.length);
			expect(dots.map((d) => d.attrs['data-key']).sort()).toEqual(events.map((e) => e.id).sort());
		});

		it('labels every theme row and each quarter, with a tick for every month', () => {
			const words = texts(body);
			for (const t of THEMES) expect(words).toContain(t.label);
			expect(words.filter((w) => /^(Jan|Apr|Jul|Oct)$/.test(w))).toHaveLength(4);
			expect(body.match(/<line class="rule"[^>]*y1="14"/g)).toHaveLength(12);
		});

		it('is well-formed', () => {
			expect(unbalancedTags(body)).toEqual([]);
		});
	});
});
