import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { chart, chartFileIds, figure } from '$lib/server/charts.ts';
import { chartShare } from '$lib/server/share.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => inEveryEdition(chartFileIds().map((id) => ({ id })));

export const load: PageServerLoad = ({ params }) => ({
	spec: figure(params.id, langOf(params)),
	share: chartShare(chart(params.id, langOf(params)), langOf(params))
});
