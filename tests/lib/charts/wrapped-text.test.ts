import { langFor } from '../../../src/lib/i18n/index.ts';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { LAYOUT_WIDTHS } from '../../../src/lib/charts/common.ts';
import ConvictedChart from '../../../src/lib/charts/convicted/ConvictedChart.svelte';
import { layoutConvicted } from '../../../src/lib/charts/convicted/geometry.ts';
import EventsChart from '../../../src/lib/charts/events/EventsChart.svelte';
import { layoutEvents } from '../../../src/lib/charts/events/geometry.ts';
import IncidentsChart from '../../../src/lib/charts/incidents/IncidentsChart.svelte';
import { layoutIncidents } from '../../../src/lib/charts/incidents/geometry.ts';
import SentencesChart from '../../../src/lib/charts/sentences/SentencesChart.svelte';
import { layoutSentences } from '../../../src/lib/charts/sentences/geometry.ts';
import type { ChartProps, SizedLayout } from '../../../src/lib/charts/spec.ts';
import WebsitesChart from '../../../src/lib/charts/websites/WebsitesChart.svelte';
import { layoutWebsites } from '../../../src/lib/charts/websites/geometry.ts';
import { publishedRows } from './published-rows.ts';
import { elements, withText } from './svg.ts';

const EN = langFor('en');

/** Each chart at a width, with the full words of its labels and details. */
function chart(kind: string, width: number): { body: string; words: string[] } {
	const draw = <L extends SizedLayout>(component: Component<ChartProps<L>>, layout: L) =>
		render(component, { props: { layout, title: 'T', desc: 'D', id: 'w' } }).body;
	switch (kind) {
		case 'incidents': {
			const layout = layoutIncidents(publishedRows.incidents, langFor('en'), width);
			return {
				body: draw(IncidentsChart, layout),
				words: layout.marks.flatMap((m) => [m.heading, m.label, m.detail])
			};
		}
		case 'sentences': {
			const layout = layoutSentences(publishedRows.sentences, width, EN);
			return {
				body: draw(SentencesChart, layout),
				words: layout.marks.flatMap((m) => [m.label, m.detail])
			};
		}
		case 'convicted': {
			const layout = layoutConvicted(publishedRows.convicted, langFor('en'), width);
			return {
				body: draw(ConvictedChart, layout),
				words: layout.bars.flatMap((b) => [b.label, b.detail ?? ''])
			};
		}
		case 'websites': {
			const layout = layoutWebsites(publishedRows.websites, langFor('en'), width);
			return {
				body: draw(WebsitesChart, layout),
				words: layout.marks.flatMap((m) => [m.label, m.agency, m.period])
			};
		}
		default: {
			const layout = layoutEvents(publishedRows.events, width, EN);
			return {
				body: draw(EventsChart, layout),
				words: layout.marks.flatMap((m) => [m.label, m.detail.join('')])
			};
		}
	}
}

describe.each(['incidents', 'sentences', 'convicted', 'websites', 'events'])('%s', (kind) => {
	it.each(LAYOUT_WIDTHS)('draws each label and detail as one text at width %d', (width) => {
		const { body, words } = chart(kind, width);
		const drawn = withText(body).map((t) => t.text);
		for (const text of words.filter(Boolean)) expect(drawn).toContain(text);
	});

	it('breaks lines at 240 into tspans that start where their text starts', () => {
		const { body } = chart(kind, 240);
		const spans = elements(body, 'tspan');
		expect(spans.length).toBeGreaterThan(1);
		const starts = new Set(elements(body, 'text').map((t) => t.attrs.x));
		for (const span of spans) expect(starts).toContain(span.attrs.x);
	});
});
