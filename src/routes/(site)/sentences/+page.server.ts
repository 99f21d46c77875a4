import { SENTENCE_NOTE, viewCase } from '$lib/charts/sentences/spec.ts';
import { chart, figure } from '$lib/server/charts.ts';
import { detailedCases } from '$lib/data/subsets.ts';
import { loadPackage } from '$lib/server/data.ts';
import { SITE_ORIGIN } from '$lib/server/site.ts';
import { sectionUrl } from '$lib/source.ts';
import type { PageServerLoad } from './$types';

/** The geometry of a chart that the page draws itself. */
function layoutOf<K extends string>(id: string, kind: K) {
	const spec = chart(id);
	if (spec.kind !== kind) throw new Error(`${id} is not a ${kind} chart`);
	return spec.layout as Extract<typeof spec, { kind: K }>['layout'];
}

export const load: PageServerLoad = () => {
	const sentences = figure('sentence-ranges');
	const layout = layoutOf('sentence-ranges', 'sentences');
	const rows = detailedCases(loadPackage().data.convictions);
	return {
		// The page draws both charts itself, so it gets their geometry and not their SVG.
		spec: { ...sentences, svg: '' },
		layout,
		convicted: { ...figure('convicted-per-case'), svg: '' },
		convictedLayout: layoutOf('convicted-per-case', 'convicted'),
		chartText: { title: sentences.title, takeaway: sentences.takeaway, generalNote: SENTENCE_NOTE },
		siteOrigin: SITE_ORIGIN,
		// Cases in the chart's default order, each with what the page says about it.
		cases: layout.marks.flatMap((mark) =>
			rows
				.filter((c) => c.id === mark.id)
				.map((c) => ({ ...viewCase(c), sectionUrl: sectionUrl(c.section) }))
		)
	};
};
