import type { Lang } from '../i18n/index.ts';
import { rowText } from '../i18n/rows.ts';

/**
 * A court case's words in an edition: its city (by place id), its offence and summary, and how a
 * sentence of the comparison names it ("Taraz", "в Таразе", "Тараздағы"). The data is written in
 * English, so the English edition may read a row's own words; any other edition throws, naming
 * the case, when its catalogue lacks one of them: no English shows through.
 */
export function caseText(
	c: {
		id: string;
		place_id: string | null;
		city?: string | null;
		offence?: string;
		summary?: string;
	},
	lang: Lang
): { city: string; offence: string; summary: string; where: string } {
	const { m } = lang;
	const what = (word: string) => `${word} of the court case "${c.id}"`;
	const city = rowText(lang, m.names.places, c.place_id ?? '', what('place name'), c.city);
	return {
		city,
		offence: rowText(lang, m.convicted.offences, c.id, what('offence'), c.offence),
		summary: rowText(lang, m.convicted.summaries, c.id, what('summary'), c.summary),
		where: rowText(lang, m.sentences.where, c.id, what('phrase'), city)
	};
}
