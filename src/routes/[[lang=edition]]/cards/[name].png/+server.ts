import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { renderPng } from '$lib/server/png.ts';
import { CARD_WIDTH } from '$lib/server/cards.ts';
import { cardNames, shareCardSvg } from '$lib/server/share.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	inEveryEdition(cardNames(langOf({})).map((name) => ({ name })));

/** A page's or a chart's 1200×630 share card. */
export const GET: RequestHandler = ({ params }) =>
	new Response(
		new Uint8Array(renderPng(shareCardSvg(params.name, langOf(params)), { width: CARD_WIDTH })),
		{
			headers: { 'content-type': 'image/png' }
		}
	);
