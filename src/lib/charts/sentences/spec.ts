import { sentenceRange } from '../../data/aggregate.ts';
import { sentenceSpan } from '../../data/sentence.ts';
import { COLUMNS, type Conviction, type Dataset } from '../../data/types.ts';
import { detailedCases } from '../../data/subsets.ts';
import type { Lang } from '../../i18n/index.ts';
import { layoutsFor, tableColumns, type ChartDefinition, type ChartSpecOf } from '../spec.ts';
import SentencesChart from './SentencesChart.svelte';
import { layoutSentences, type SentenceRow, type SentencesLayout } from './geometry.ts';
import { sentenceHeight } from './height.ts';
import { pageOf, viewPages } from '../../sentences/pages.ts';
import { SORTS, sortCases } from '../../sentences/state.ts';
import { sentencesKey, viewId, viewText, type ViewCase } from '../../sentences/view.ts';
import { caseText } from '../../sentences/words.ts';

/** The note every sentence chart carries, whatever cases it shows. */
export const sentenceNote = (lang: Lang): string => lang.m.sentences.note;

/** What is said about one court case: its text alternative, its caveat and its table row. */
export function caseWords(
	c: Conviction,
	lang: Lang
): {
	desc: string;
	note: string | null;
	row: Record<string, string>;
} {
	const { m, f } = lang;
	const span = sentenceSpan(c);
	const { city, offence } = caseText(c, lang);
	const convicted = f.countOf(c.convicted, m.sentences.convictedCount);
	const notes = {
		'to-life': m.sentences.lifeNote(city),
		'not-stated': m.sentences.notStatedNote(city),
		range: null
	};
	return {
		desc: m.sentences.desc({
			city,
			convicted,
			offence,
			sentence: span.kind === 'not-stated' ? null : f.sentence(span)
		}),
		note: notes[span.kind],
		row: {
			case: m.sentences.caseCell({ city, offence }),
			verdict: f.dateish(c.verdict_month),
			convicted: f.count(c.convicted),
			sentence: f.sentence(span),
			attack:
				c.related_attack_date === null ? m.sentences.noAttack : f.dateish(c.related_attack_date)
		}
	};
}

/** Court cases in the order of their verdicts. */
export function casesByVerdict(convictions: readonly Conviction[]): Conviction[] {
	return [...convictions].sort(
		(a, b) => a.verdict_month.localeCompare(b.verdict_month) || a.id.localeCompare(b.id)
	);
}

/** The cases with their words in the edition, for the geometry. */
export function sentenceRows(cases: readonly Conviction[], lang: Lang): SentenceRow[] {
	return cases.map((c) => {
		const { city, offence } = caseText(c, lang);
		return { ...c, words: { city, offence, section: lang.m.ui.sections[c.section] } };
	});
}

/** The takeaway: the span of stated sentences and how many cases have none. */
function sentencesTakeaway(cases: Conviction[], lang: Lang): string {
	const { m, f } = lang;
	const range = sentenceRange(cases);
	if (range.min === null) return m.sentences.takeawayNone;
	const spread = range.life || (range.maxYears !== null && range.maxYears !== range.min);
	return m.sentences.takeaway({
		range: f.sentenceRange(range),
		spread,
		unstated: cases.filter((c) => !c.sentence_stated).length
	});
}

/** Prison sentences per court case, on a common years axis. */
export const sentencesChart: ChartDefinition<'sentences', SentencesLayout> = {
	kind: 'sentences',
	component: SentencesChart,
	views: (data, lang) => sentenceViews(data, lang),
	build({ convictions }: Dataset, lang: Lang) {
		const { m } = lang;
		// Convictions counted only in words have no number or city to draw.
		const cases = casesByVerdict(detailedCases(convictions));
		const words = cases.map((c) => caseWords(c, lang));
		const rows = sentenceRows(cases, lang);
		return {
			id: 'sentence-ranges',
			kind: 'sentences',
			page: '/sentences/',
			title: m.sentences.title,
			takeaway: sentencesTakeaway(cases, lang),
			desc: words.map((w) => w.desc).join(' '),
			sections: [...new Set(cases.map((c) => c.section))],
			notes: [...words.flatMap((w) => w.note ?? []), sentenceNote(lang)],
			key: sentencesKey(cases.map(sentenceSpan), lang),
			layouts: layoutsFor((width) => layoutSentences(rows, width, lang)),
			table: {
				columns: tableColumns(m.sentences.columns, ['convicted']),
				rows: words.map((w) => w.row)
			},
			// Codes stay codes; the city, offence and summary are the edition's words. The section keeps the English report's heading, which names where to look in it.
			csv: { columns: [...COLUMNS.convictions], rows: cases.map((c) => csvRow(c, lang)) }
		};
	}
};

function missingGroup(c: Conviction, lang: Lang): string {
	if (lang.locale === 'en' && c.group !== null) return c.group;
	throw new Error(`The ${lang.locale} catalogue has no group (m.convicted.groups) for "${c.id}"`);
}

/** A case's row of the chart's CSV in the edition. */
function csvRow(c: Conviction, lang: Lang): Conviction {
	const { city, offence, summary } = caseText(c, lang);
	const group = c.group === null ? null : (lang.m.convicted.groups[c.id] ?? missingGroup(c, lang));
	return { ...c, city, offence, summary, group };
}

/** A case with what the comparison needs to sort, compare and describe it. */
export function viewCase(c: Conviction, lang: Lang): ViewCase & Conviction {
	const text = caseText(c, lang);
	return {
		...c,
		span: sentenceSpan(c),
		words: caseWords(c, lang),
		name: text.city,
		where: text.where
	};
}

type SentencesSpec = ChartSpecOf<'sentences', SentencesLayout>;

/**
 * Every view the comparison can show other than the default: each selection of cases in each
 * order a sort gives it, with its own words, rows and files, so that downloads and embeds of a
 * view are prerendered like the chart itself.
 */
export function sentenceViews(data: Dataset, lang: Lang): SentencesSpec[] {
	const full = sentencesChart.build(data, lang);
	const all = casesByVerdict(detailedCases(data.convictions)).map((c) => viewCase(c, lang));
	const pages = viewPages(all);
	const views = new Map<string, SentencesSpec>();
	for (let mask = 1; mask < 2 ** all.length; mask++) {
		const chosen = all.filter((_, i) => mask & (2 ** i));
		for (const sort of SORTS) {
			const shown = sortCases(chosen, sort);
			const id = viewId(full.id, shown, all);
			if (id === full.id || views.has(id)) continue;
			const text = viewText(shown, all, { ...full, generalNote: sentenceNote(lang) }, lang);
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
					rows: shown.flatMap((c) =>
						data.convictions.filter((x) => x.id === c.id).map((x) => csvRow(x as Conviction, lang))
					)
				}
			});
		}
	}
	return [...views.values()];
}
