import { chartFiles, figure } from '$lib/server/charts.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chartFiles().map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const spec = figure(params.id);
	return { meta: { title: spec.title, description: spec.takeaway }, spec };
};
