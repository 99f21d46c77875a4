/**
 * The words the chart tests look for in each edition, written out by hand (not read from the
 * catalogues), so a catalogue that drops a lower bound or an estimate's mark fails the tests.
 */
import type { IncidentKind } from '../../../src/lib/data/types.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

export interface EditionWords {
	/** The lower-bound words before a number. */
	atLeast: string;
	/** The estimate's mark before a date. */
	about: string;
	/** The words of the gap between two incidents' rows. */
	gap: RegExp;
	kind: Record<IncidentKind, string>;
}

export const WORDS: Record<Locale, EditionWords> = {
	en: {
		atLeast: 'at least',
		about: 'about',
		gap: /later$|same day$/,
		kind: { 'security operation': 'security operation', explosion: 'explosion' }
	},
	ru: {
		atLeast: 'не менее',
		about: 'примерно',
		gap: /^(примерно )?(через \d+ (день|дня|дней)|в тот же день)$/,
		kind: { 'security operation': 'спецоперация', explosion: 'взрыв' }
	},
	kk: {
		atLeast: 'кемінде',
		about: 'шамамен',
		gap: /^(шамамен )?(\d+ күннен кейін|сол күні)$/,
		kind: { 'security operation': 'арнайы операция', explosion: 'жарылыс' }
	}
};
