import type { ViewPage } from '../sentences/pages.ts';
import { controlLinks, oldLinkMap } from '../sentences/pages.ts';
import { placeMapPath } from '../charts/places/links.ts';
import { glossed } from '../glossary.ts';
import { describeComparison } from '../sentences/compare.ts';
import { chart, figure } from './charts.ts';
import { comparisonPages, comparisonView } from './sentences.ts';
import type { Lang } from '../i18n/index.ts';

/**
 * Everything a page of the comparison shows: its cases in order, the figure of that order with
 * its own files and embed code, the comparison in words, the controls' links and, on the default
 * page, the map that sends old links (?cases=…) to their view's page.
 */
export function comparisonPageData(page: ViewPage, base: string, lang: Lang) {
	const pages = comparisonPages();
	const { all, shown: cases, fileId, text } = comparisonView(page, lang);
	const files = figure(fileId, lang);
	// Each case's place on the map, and its summary with the first use of each glossary name linked.
	// The glossary finds its names in English text only, so the other editions show summaries unlinked.
	const seen = new Set<string>();
	const shown = cases.map((c) => ({
		...c,
		placePath: c.place_id ? lang.path(placeMapPath(c.place_id)) : null,
		segments: glossed(c.summary, seen, lang)
	}));
	return {
		page,
		cases: all,
		shown,
		links: controlLinks(
			page,
			pages,
			all.map((c) => c.id)
		),
		// The figure keeps the chart's id on every view, so its parts keep their ids from view to view.
		spec: { ...files, id: chart('sentence-ranges', lang).id },
		view: {
			fileId,
			text,
			tableRows: shown.map((c) => c.words.row),
			embedCode: files.embedCode,
			permalink: `${lang.path(page.path)}#sentence-ranges`
		},
		inWords: describeComparison(shown, lang),
		convicted: figure('convicted-per-case', lang),
		oldLinks:
			page.param === '' ? oldLinkMap(pages, all, `${base}${lang.path('/').slice(0, -1)}`) : null
	};
}
