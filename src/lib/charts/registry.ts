import type { Component } from 'svelte';
import type { Dataset } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';
import { convictedChart } from './convicted/spec.ts';
import { cooperationChart } from './cooperation/spec.ts';
import { eventsChart } from './events/spec.ts';
import { incidentsChart } from './incidents/spec.ts';
import { placesChart } from './places/spec.ts';
import { sentencesChart } from './sentences/spec.ts';
import type { ChartProps, SizedLayout } from './spec.ts';
import { websitesChart } from './websites/spec.ts';

/** Every chart of the dashboard, in the order the site lists them: one line per chart. */
export const CHART_DEFINITIONS = [
	incidentsChart,
	sentencesChart,
	convictedChart,
	websitesChart,
	eventsChart,
	placesChart,
	cooperationChart
] as const;

type Definition = (typeof CHART_DEFINITIONS)[number];

/** Any chart of the dashboard, with its kind's layout. */
export type ChartSpec = ReturnType<Definition['build']>;

/** Every chart, computed from the validated data. */
export function buildCharts(data: Dataset, lang: Lang): ChartSpec[] {
	return CHART_DEFINITIONS.map((definition) => definition.build(data, lang));
}

/** Every other view of a chart that a page can show: each has its own files and embed page. */
export function buildViews(data: Dataset, lang: Lang): ChartSpec[] {
	return CHART_DEFINITIONS.flatMap(
		(definition): ChartSpec[] => definition.views?.(data, lang) ?? []
	);
}

/** Where on the site a chart is shown, with its anchor. */
export function permalinkOf(spec: ChartSpec): string {
	return spec.permalink ?? `${spec.page}#${spec.id}`;
}

/** The component that draws a chart of this spec's kind. */
export function chartComponent(spec: ChartSpec): Component<ChartProps<SizedLayout>> {
	const definition = CHART_DEFINITIONS.find((d) => d.kind === spec.kind);
	if (!definition) throw new Error(`No chart component for kind "${spec.kind}"`);
	// Each definition pairs a kind with the component for that kind's layout.
	return definition.component as unknown as Component<ChartProps<SizedLayout>>;
}
