import type { Lang } from '../i18n/index.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

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
	const own = lang.locale === DEFAULT_LOCALE;
	const missing = (what: string, text?: string | null): string => {
		if (own && typeof text === 'string') return text;
		throw new Error(`The ${lang.locale} catalogue has no ${what} for the court case "${c.id}"`);
	};
	const places = m.names.places as Record<string, string>;
	const city =
		(c.place_id === null ? undefined : places[c.place_id]) ?? missing('place name', c.city);
	return {
		city,
		offence: m.sentences.offences[c.id] ?? missing('offence (m.sentences.offences)', c.offence),
		summary: m.sentences.summaries[c.id] ?? missing('summary (m.sentences.summaries)', c.summary),
		where: m.sentences.where[c.id] ?? missing('phrase (m.sentences.where)', city)
	};
}
