/** What a spec says in words, and the Latin words in it: a Russian or Kazakh build must have none but names with no Cyrillic form. */
import type { SpecBase } from '../../../../src/lib/charts/spec.ts';

/** Proper names written in Latin in every edition: the credited data sources and their licence. */
export const LATIN_ALLOWED = ['GeoNames', 'Natural', 'Earth'];

/** Every word a spec writes for a reader: title, takeaway, text alternative, notes, key, credits and table. */
export function specWords(spec: SpecBase, layoutTexts: string[] = []): string[] {
	return [
		spec.title,
		spec.takeaway,
		spec.desc,
		...spec.notes,
		...spec.key.map((k) => k.words),
		spec.credit ?? '',
		spec.shortCredit ?? '',
		...spec.table.columns.map((c) => c.label),
		...spec.table.rows.flatMap((r) => Object.values(r)),
		...layoutTexts
	];
}

/** Words of four Latin letters or more that are not allowed names. */
export function englishWords(texts: readonly string[]): string[] {
	return [
		...new Set(
			texts.flatMap((t) => t.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !LATIN_ALLOWED.includes(w))
		)
	];
}
