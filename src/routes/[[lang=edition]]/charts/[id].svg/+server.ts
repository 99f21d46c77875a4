import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { chart, chartFileIds } from '$lib/server/charts.ts';
import { exportSvg } from '$lib/server/export-svg.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => inEveryEdition(chartFileIds().map((id) => ({ id })));

export const GET: RequestHandler = ({ params }) =>
	new Response(exportSvg(chart(params.id, langOf(params)), langOf(params)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
