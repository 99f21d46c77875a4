import { casesByVerdict, sentenceNote, viewCase } from '../charts/sentences/spec.ts';
import { detailedCases } from '../data/subsets.ts';
import { citySlug, viewPages, shownCases, type ViewPage } from '../sentences/pages.ts';
import { viewId, viewText } from '../sentences/view.ts';
import { caseText } from '../sentences/words.ts';
import { sectionUrl } from '../source.ts';
import { chart } from './charts.ts';
import { loadPackage } from './data.ts';
import { langFor, type Lang } from '../i18n/index.ts';

/** Every case of the comparison, in the default order, with what the pages say about it in the edition. */
export function comparedCases(lang: Lang) {
	return casesByVerdict(detailedCases(loadPackage().data.convictions)).map((c) => {
		const text = caseText(c, lang);
		return {
			...viewCase(c, lang),
			offence: text.offence,
			summary: text.summary,
			sectionName: lang.m.ui.sections[c.section],
			// The slug stays the English city's in every edition, so a shared path keeps its cases.
			slug: citySlug(c.city),
			sectionUrl: sectionUrl(c.section)
		};
	});
}

export type ComparedCaseRow = ReturnType<typeof comparedCases>[number];

let cached: ViewPage[] | undefined;

/**
 * Every view page of the comparison, enumerated once per build; the build stops past their bound.
 * Their paths are the same in every edition (English city slugs), under /ru/ and /kk/.
 */
export function comparisonPages(): ViewPage[] {
	cached ??= viewPages(comparedCases(langFor('en')));
	return cached;
}

/** "Atyrau and Taraz, by longest maximum term": the view in a few words, for titles and cards. */
export function viewName(page: ViewPage, all: readonly ComparedCaseRow[], lang: Lang): string {
	const cities = lang.f.list(shownCases(page, all).map((c) => c.name));
	return lang.m.sentences.viewName({ cities, sort: page.sort });
}

/** What a view page shows: its cases in order, the figure's words and the files of that order. */
export function comparisonView(page: ViewPage, lang: Lang) {
	const all = comparedCases(lang);
	const shown = shownCases(page, all);
	const fileId = viewId('sentence-ranges', shown, all);
	const full = chart('sentence-ranges', lang);
	const text = viewText(
		shown,
		all,
		{ title: full.title, takeaway: full.takeaway, generalNote: sentenceNote(lang) },
		lang
	);
	const name = viewName(page, all, lang);
	return { all, shown, fileId, text, name, title: lang.m.sentences.viewTitle(name) };
}
