import { langOf } from '$lib/server/edition.ts';
import { base } from '$app/paths';
import { comparisonPageData } from '$lib/server/comparison-page.ts';
import { comparisonPages } from '$lib/server/sentences.ts';
import { pageAt } from '$lib/sentences/pages.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const page = pageAt(comparisonPages(), '');
	if (!page) throw new Error('The comparison has no default view');
	return comparisonPageData(page, base, langOf(params));
};
