import { chart, charts } from '$lib/server/charts.ts';
import { chartShare } from '$lib/server/share.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => charts().map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const spec = chart(params.id);
	return { spec, share: chartShare(spec) };
};
