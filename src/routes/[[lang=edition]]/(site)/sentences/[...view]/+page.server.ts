import { inEveryEdition, langOf } from '$lib/server/edition.ts';
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { comparisonPageData } from '$lib/server/comparison-page.ts';
import { comparisonPages } from '$lib/server/sentences.ts';
import { viewShare } from '$lib/server/share.ts';
import { pageAt } from '$lib/sentences/pages.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every view of the comparison but the default, which is /sentences/ itself. */
export const entries: EntryGenerator = () =>
	inEveryEdition(
		comparisonPages()
			.filter((p) => p.param !== '')
			.map((p) => ({ view: p.param }))
	);

export const load: PageServerLoad = ({ params }) => {
	const page = pageAt(comparisonPages(), params.view);
	if (!page || page.param === '') error(404, 'No such view of the comparison');
	const lang = langOf(params);
	return { ...comparisonPageData(page, base, lang), share: viewShare(page, lang) };
};
