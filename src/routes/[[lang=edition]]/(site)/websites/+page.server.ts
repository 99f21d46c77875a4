import { langOf } from '$lib/server/edition.ts';
import {
	agencyOf,
	periodInWords,
	summaryOf,
	websitesCounted
} from '$lib/charts/websites/geometry.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	const { websites } = loadPackage().data;
	return {
		spec: figure('websites', lang),
		// Who counted what, over which period: the reason the figures are not compared.
		sources: websites.map((w) =>
			lang.m.websites.page.source[w.measure]({
				agency: agencyOf(w, lang).name,
				period: periodInWords(w, lang)
			})
		),
		figures: websites.map((w) => ({
			id: w.id,
			counted: websitesCounted(w, lang),
			period: periodInWords(w, lang),
			summary: summaryOf(w, lang),
			section: w.section
		}))
	};
};
