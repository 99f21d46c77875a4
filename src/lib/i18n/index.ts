/**
 * An edition's words and formats, in one object that spec builders take as a parameter and
 * components read from Svelte context (set once by the root layout).
 */
import { getContext, setContext } from 'svelte';
import { formatFor, type Format } from '../format/index.ts';
import { CATALOGUES, type Messages } from './catalogue.ts';
import { localePath, type Locale } from './locales.ts';

export interface Lang {
	locale: Locale;
	/** Every message of the edition. */
	m: Messages;
	/** Numbers, dates, lists and plurals in the edition's language. */
	f: Format;
	/** A site path in this edition, before the base path: "/incidents/" → "/ru/incidents/". */
	path(path: string): string;
}

const made = new Map<Locale, Lang>();

/** The words and formats of one edition. */
export function langFor(locale: Locale): Lang {
	let lang = made.get(locale);
	if (!lang) {
		lang = {
			locale,
			m: CATALOGUES[locale],
			f: formatFor(locale),
			path: (path) => localePath(locale, path)
		};
		made.set(locale, lang);
	}
	return lang;
}

const KEY = Symbol('lang');

/** Called once by the root layout with the page's edition. */
export function setLang(locale: Locale): Lang {
	return setContext(KEY, langFor(locale));
}

/** The page's edition, in any component under the root layout. */
export function getLang(): Lang {
	const lang = getContext<Lang | undefined>(KEY);
	if (!lang) throw new Error('No edition set: the root layout sets one for every page');
	return lang;
}

export type { Locale } from './locales.ts';
export type { Messages } from './catalogue.ts';
