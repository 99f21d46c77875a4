import { casesByVerdict, SENTENCE_NOTE, viewCase } from '../charts/sentences/spec.ts';
import { detailedCases } from '../data/subsets.ts';
import { SORT_LABELS } from '../sentences/state.ts';
import { citySlug, viewPages, shownCases, type ViewPage } from '../sentences/pages.ts';
import { viewId, viewText } from '../sentences/view.ts';
import { listInWords } from '../format/index.ts';
import { sectionUrl } from '../source.ts';
import { chart } from './charts.ts';
import { loadPackage } from './data.ts';
import type { Lang } from '../i18n/index.ts';

/** Every case of the comparison, in the default order, with what the pages say about it. */
export function comparedCases() {
	return casesByVerdict(detailedCases(loadPackage().data.convictions)).map((c) => ({
		...viewCase(c),
		slug: citySlug(c.city),
		sectionUrl: sectionUrl(c.section)
	}));
}

export type ComparedCaseRow = ReturnType<typeof comparedCases>[number];

let cached: ViewPage[] | undefined;

/** Every view page of the comparison, enumerated once per build; the build stops past their bound. */
export function comparisonPages(): ViewPage[] {
	cached ??= viewPages(comparedCases());
	return cached;
}

/** "Atyrau and Taraz, longest maximum term first": the view in a few words, for titles and cards. */
export function viewName(page: ViewPage, all: readonly ComparedCaseRow[]): string {
	const which = listInWords(shownCases(page, all).map((c) => c.city));
	return page.sort === 'verdict' ? which : `${which}, by ${SORT_LABELS[page.sort].toLowerCase()}`;
}

/** What a view page shows: its cases in order, the figure's words and the files of that order. */
export function comparisonView(page: ViewPage, lang: Lang) {
	const all = comparedCases();
	const shown = shownCases(page, all);
	const fileId = viewId('sentence-ranges', shown, all);
	const full = chart('sentence-ranges', lang);
	const text = viewText(shown, all, {
		title: full.title,
		takeaway: full.takeaway,
		generalNote: SENTENCE_NOTE
	});
	return { all, shown, fileId, text, name: viewName(page, all) };
}
