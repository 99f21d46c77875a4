import { sentenceSpan } from '$lib/data/sentence.ts';
import { formatCount, formatDateish, formatSentence } from '$lib/format/index.ts';
import { chart, figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { sectionUrl } from '$lib/source.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const spec = figure('sentence-ranges');
	const drawn = chart('sentence-ranges');
	// The live chart is redrawn in the browser for each selection, so it needs its geometry.
	const layout = drawn.kind === 'sentences' ? drawn.layout : null;
	const order = layout ? layout.marks.map((m) => m.id) : [];
	const rows = loadPackage().data.convictions;
	return {
		spec,
		layout,
		convicted: figure('convicted-per-case'),
		// Cases in the chart's default order, each with the words the page shows about it.
		cases: order.flatMap((id) =>
			rows
				.filter((c) => c.id === id)
				.map((c) => ({
					...c,
					span: sentenceSpan(c),
					sentenceLabel: formatSentence(sentenceSpan(c)),
					verdictLabel: formatDateish(c.verdict_month),
					attackLabel:
						c.related_attack_date === null ? 'none' : formatDateish(c.related_attack_date),
					convictedLabel: formatCount(c.convicted),
					sectionUrl: sectionUrl(c.section)
				}))
		)
	};
};
