import type { Lang } from '../i18n/index.ts';

/**
 * A court case's words in an edition: its city (by place id), its offence and summary, and how a
 * sentence of the comparison names it ("Taraz", "в Таразе", "Тараздағы"). Throws, naming the
 * case, when the edition's catalogue lacks any of them: no English shows through.
 */
export function caseText(
	c: { id: string; place_id: string | null },
	lang: Lang
): { city: string; offence: string; summary: string; where: string } {
	const { m } = lang;
	const missing = (what: string): never => {
		throw new Error(`The ${lang.locale} catalogue has no ${what} for the court case "${c.id}"`);
	};
	const places = m.names.places as Record<string, string>;
	const city = (c.place_id === null ? undefined : places[c.place_id]) ?? missing('place name');
	return {
		city,
		offence: m.sentences.offences[c.id] ?? missing('offence (m.sentences.offences)'),
		summary: m.sentences.summaries[c.id] ?? missing('summary (m.sentences.summaries)'),
		where: m.sentences.where[c.id] ?? missing('phrase (m.sentences.where)')
	};
}
