import { sentenceSpan } from '$lib/data/sentence.ts';
import { detailedCases } from '$lib/data/types.ts';
import { caseWords, chart, figure, SENTENCE_NOTE } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { sectionUrl } from '$lib/source.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const drawn = chart('sentence-ranges');
	if (drawn.kind !== 'sentences') throw new Error('sentence-ranges is not a sentences chart');
	const rows = detailedCases(loadPackage().data.convictions);
	return {
		// The page draws this chart itself, live, so it needs the geometry and not the prerendered SVG.
		spec: { ...figure('sentence-ranges'), svg: '' },
		layout: drawn.layout,
		convicted: figure('convicted-per-case'),
		generalNote: SENTENCE_NOTE,
		// Cases in the chart's default order, each with what the page says about it.
		cases: drawn.layout.marks.flatMap((mark) =>
			rows
				.filter((c) => c.id === mark.id)
				.map((c) => ({
					...c,
					span: sentenceSpan(c),
					words: caseWords(c),
					sectionUrl: sectionUrl(c.section)
				}))
		)
	};
};
