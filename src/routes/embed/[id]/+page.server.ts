import { chart, charts } from '$lib/server/charts.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => charts().map((c) => ({ id: c.id }));

export const load: PageServerLoad = ({ params }) => ({ spec: chart(params.id) });
