import { SENTENCE_NOTE, viewCase } from '$lib/charts/sentences/spec.ts';
import { chart, figure } from '$lib/server/charts.ts';
import { detailedCases } from '$lib/data/subsets.ts';
import { loadPackage } from '$lib/server/data.ts';
import { SITE_ORIGIN } from '$lib/server/site.ts';
import { sectionUrl } from '$lib/source.ts';
import type { PageServerLoad } from './$types';

/** The layouts of a chart that the page draws itself, narrowest first. */
function layoutsOf<K extends string>(id: string, kind: K) {
	const spec = chart(id);
	if (spec.kind !== kind) throw new Error(`${id} is not a ${kind} chart`);
	return spec.layouts as Extract<typeof spec, { kind: K }>['layouts'];
}

export const load: PageServerLoad = () => {
	const sentences = figure('sentence-ranges');
	const layouts = layoutsOf('sentence-ranges', 'sentences');
	const order = layouts[0]?.marks ?? [];
	const rows = detailedCases(loadPackage().data.convictions);
	return {
		// The page draws both charts itself, so it gets their geometry and not their SVG.
		spec: { ...sentences, svg: '' },
		layouts,
		convicted: { ...figure('convicted-per-case'), svg: '' },
		convictedLayouts: layoutsOf('convicted-per-case', 'convicted'),
		chartText: { title: sentences.title, takeaway: sentences.takeaway, generalNote: SENTENCE_NOTE },
		siteOrigin: SITE_ORIGIN,
		// Cases in the chart's default order, each with what the page says about it.
		cases: order.flatMap((mark) =>
			rows
				.filter((c) => c.id === mark.id)
				.map((c) => ({ ...viewCase(c), sectionUrl: sectionUrl(c.section) }))
		)
	};
};
