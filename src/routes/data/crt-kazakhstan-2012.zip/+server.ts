import { buildZip } from '$lib/server/zip.ts';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(new Uint8Array(buildZip()), { headers: { 'content-type': 'application/zip' } });
