import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { chart, chartFileIds } from '$lib/server/charts.ts';
import { exportSvg } from '$lib/server/export-svg.ts';
import { renderPng } from '$lib/server/png.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => inEveryEdition(chartFileIds().map((id) => ({ id })));

/** The chart's SVG file drawn at twice its size. */
export const GET: RequestHandler = ({ params }) =>
	new Response(
		new Uint8Array(
			renderPng(exportSvg(chart(params.id, langOf(params)), langOf(params)), { scale: 2 })
		),
		{
			headers: { 'content-type': 'image/png' }
		}
	);
