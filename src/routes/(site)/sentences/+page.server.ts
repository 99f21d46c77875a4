import { sentenceSpan } from '$lib/data/sentence.ts';
import { formatCount, formatDateish, formatSentence } from '$lib/format/index.ts';
import { pageChart } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { sectionUrl } from '$lib/source.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const spec = pageChart('sentence-ranges');
	const order = spec.kind === 'sentences' ? spec.layout.marks.map((m) => m.id) : [];
	const rows = loadPackage().data.convictions;
	return {
		spec,
		convicted: pageChart('convicted-per-case'),
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
