import type { KeyEntry } from '../charts/spec.ts';
import type { SentenceSpan } from '../data/sentence.ts';
import type { Section } from '../data/types.ts';
import type { Lang } from '../i18n/index.ts';
import { describeComparison, type ComparedCase } from './compare.ts';
import { citySlug } from './pages.ts';

/** What the page and the build know about one case: enough to compare it and to say it. */
export interface ViewCase extends ComparedCase {
	/** The city as the edition writes it. */
	name: string;
	section: Section;
	words: { desc: string; note: string | null; row: Record<string, string> };
}

/** The key of a sentences chart: life and unstated sentences, where the cases shown have them. */
export function sentencesKey(spans: readonly SentenceSpan[], lang: Lang): KeyEntry[] {
	const key: KeyEntry[] = [];
	if (spans.some((s) => s.kind === 'to-life'))
		key.push({ symbol: 'life', words: lang.m.sentences.key.life });
	if (spans.some((s) => s.kind === 'not-stated'))
		key.push({ symbol: 'not-stated', words: lang.m.sentences.key.notStated });
	return key;
}

/** What a figure says about the cases it shows. */
export interface ViewText {
	title: string;
	takeaway: string;
	desc: string;
	notes: string[];
	sections: Section[];
	key: KeyEntry[];
}

/** "taraz-atyrau": the cities of the cases shown, in their order, for file names. */
export function viewSlug(shown: readonly { city: string }[]): string {
	return shown.map((c) => citySlug(c.city)).join('-');
}

/** The id of a view's files and embed page: the chart's own id for every case in the default order. */
export function viewId(
	chartId: string,
	shown: readonly { id: string; city: string }[],
	all: readonly { id: string }[]
): string {
	const isDefault = shown.length === all.length && shown.every((c, i) => c.id === all[i]?.id);
	return isDefault ? chartId : `${chartId}-${viewSlug(shown)}`;
}

/**
 * Title, takeaway, text alternative, notes and sections for the cases shown: the chart's own
 * words when every case is there, the comparison in words when only some are.
 */
export function viewText(
	shown: readonly ViewCase[],
	all: readonly ViewCase[],
	chart: { title: string; takeaway: string; generalNote: string },
	lang: Lang
): ViewText {
	return {
		title: chart.title,
		takeaway:
			shown.length === all.length ? chart.takeaway : describeComparison(shown, lang).join(' '),
		desc: shown.map((c) => c.words.desc).join(' '),
		notes: [...shown.flatMap((c) => c.words.note ?? []), chart.generalNote],
		sections: [...new Set(shown.map((c) => c.section))],
		key: sentencesKey(
			shown.map((c) => c.span),
			lang
		)
	};
}
