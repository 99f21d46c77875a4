import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { toCsv } from '$lib/data/csv.ts';
import { chart, chartFileIds } from '$lib/server/charts.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => inEveryEdition(chartFileIds().map((id) => ({ id })));

export const GET: RequestHandler = ({ params }) => {
	const spec = chart(params.id, langOf(params));
	return new Response(toCsv(spec.csv.rows, spec.csv.columns), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
