import { sentenceRange } from '../../data/aggregate.ts';
import { sentenceSpan } from '../../data/sentence.ts';
import { COLUMNS, type Conviction, type Dataset } from '../../data/types.ts';
import { detailedCases } from '../../data/subsets.ts';
import {
	countOf,
	formatCount,
	formatDateish,
	formatSentence,
	formatSentenceRange
} from '../../format/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition, type ChartSpecOf } from '../spec.ts';
import type { Lang } from '../../i18n/index.ts';
import SentencesChart from './SentencesChart.svelte';
import { layoutSentences, type SentencesLayout } from './geometry.ts';
import { sentenceHeight } from './height.ts';
import { pageOf, viewPages } from '../../sentences/pages.ts';
import { SORTS, sortCases } from '../../sentences/state.ts';
import { sentencesKey, viewId, viewText, type ViewCase } from '../../sentences/view.ts';

/** The note every sentence chart carries, whatever cases it shows. */
export const SENTENCE_NOTE =
	'Each bar spans the shortest to the longest term in the case; the report does not give each defendant’s sentence.';

/** What is said about one court case: its text alternative, its caveat and its table row. */
export function caseWords(c: Conviction): {
	desc: string;
	note: string | null;
	row: Record<string, string>;
} {
	const span = sentenceSpan(c);
	const notes = {
		'to-life': `In the ${c.city} case the longest sentence is life imprisonment: its bar stops at a break at the end of the years axis and goes on as an arrow, never as a number of years, and its value reads “to life”.`,
		'not-stated': `The report gives no sentence for the ${c.city} case: it has no bar, which does not mean zero years.`,
		range: null
	};
	return {
		desc: `${c.city}, ${formatCount(c.convicted)} convicted of ${c.offence.toLowerCase()}: ${formatSentence(span)}.`,
		note: notes[span.kind],
		row: {
			case: `${c.city}: ${c.offence}`,
			verdict: formatDateish(c.verdict_month),
			convicted: formatCount(c.convicted),
			sentence: formatSentence(span),
			attack: c.related_attack_date === null ? 'none' : formatDateish(c.related_attack_date)
		}
	};
}

/** Court cases in the order of their verdicts. */
export function casesByVerdict(convictions: readonly Conviction[]): Conviction[] {
	return [...convictions].sort(
		(a, b) => a.verdict_month.localeCompare(b.verdict_month) || a.id.localeCompare(b.id)
	);
}

/** The takeaway: the span of stated sentences and how many cases have none. */
function sentencesTakeaway(cases: Conviction[]): string {
	const range = sentenceRange(cases);
	if (range.min === null) return 'The report states no sentence for any case.';
	const spread = range.life || (range.maxYears !== null && range.maxYears !== range.min);
	const span = `${spread ? 'Sentences ran from' : 'Every stated sentence was'} ${formatSentenceRange(range)}`;
	const unstated = cases.filter((c) => !c.sentence_stated).length;
	const none = unstated
		? `; the report gives no sentence for ${unstated === 1 ? 'one case' : countOf(unstated, 'case', 'cases')}`
		: '';
	return `${span}${none}.`;
}

/** Prison sentences per court case, on a common years axis. */
export const sentencesChart: ChartDefinition<'sentences', SentencesLayout> = {
	kind: 'sentences',
	component: SentencesChart,
	views: (data, lang) => sentenceViews(data, lang),
	build({ convictions }: Dataset) {
		// Convictions counted only in words have no number or city to draw.
		const cases = casesByVerdict(detailedCases(convictions));
		const words = cases.map(caseWords);
		return {
			id: 'sentence-ranges',
			kind: 'sentences',
			page: '/sentences/',
			title: 'Prison sentences in each court case',
			takeaway: sentencesTakeaway(cases),
			desc: words.map((w) => w.desc).join(' '),
			sections: [...new Set(cases.map((c) => c.section))],
			notes: [...words.flatMap((w) => w.note ?? []), SENTENCE_NOTE],
			key: sentencesKey(cases.map(sentenceSpan)),
			layouts: layoutsFor((width) => layoutSentences(cases, width)),
			table: {
				columns: tableColumns(
					{
						case: 'Case',
						verdict: 'Verdict',
						convicted: 'Convicted',
						sentence: 'Sentences',
						attack: 'Attack concerned'
					},
					['convicted']
				),
				rows: words.map((w) => w.row)
			},
			csv: { columns: [...COLUMNS.convictions], rows: cases }
		};
	}
};

/** A case with what the comparison needs to sort, compare and describe it. */
export function viewCase(c: Conviction): ViewCase & Conviction {
	return { ...c, span: sentenceSpan(c), words: caseWords(c) };
}

type SentencesSpec = ChartSpecOf<'sentences', SentencesLayout>;

/**
 * Every view the comparison can show other than the default: each selection of cases in each
 * order a sort gives it, with its own words, rows and files, so that downloads and embeds of a
 * view are prerendered like the chart itself.
 */
export function sentenceViews(data: Dataset, lang: Lang): SentencesSpec[] {
	const full = sentencesChart.build(data, lang);
	const all = casesByVerdict(detailedCases(data.convictions)).map(viewCase);
	const pages = viewPages(all);
	const views = new Map<string, SentencesSpec>();
	for (let mask = 1; mask < 2 ** all.length; mask++) {
		const chosen = all.filter((_, i) => mask & (2 ** i));
		for (const sort of SORTS) {
			const shown = sortCases(chosen, sort);
			const id = viewId(full.id, shown, all);
			if (id === full.id || views.has(id)) continue;
			const text = viewText(shown, all, { ...full, generalNote: SENTENCE_NOTE });
			// Where the dashboard shows this order: the page of the first sort that gives it.
			const page = pageOf(
				pages,
				chosen.map((c) => c.id),
				sort
			);
			views.set(id, {
				...full,
				...text,
				id,
				permalink: `${page.path}#${full.id}`,
				layouts: full.layouts.map((layout) => ({
					...layout,
					marks: shown.flatMap((c) => layout.marks.filter((m) => m.id === c.id)),
					height: sentenceHeight(layout, shown.length)
				})),
				table: { ...full.table, rows: shown.map((c) => c.words.row) },
				csv: {
					...full.csv,
					rows: shown.flatMap((c) => data.convictions.filter((x) => x.id === c.id))
				}
			});
		}
	}
	return [...views.values()];
}
