import { chart, chartFiles } from '$lib/server/charts.ts';
import { exportSvg } from '$lib/server/export-svg.ts';
import { renderPng } from '$lib/server/png.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartFiles().map((c) => ({ id: c.id }));

/** The chart's SVG file drawn at twice its size. */
export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(renderPng(exportSvg(chart(params.id)), { scale: 2 })), {
		headers: { 'content-type': 'image/png' }
	});
