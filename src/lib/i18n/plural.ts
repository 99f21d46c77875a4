/**
 * A noun (or any word) in each plural category of a language, as CLDR names them: English
 * needs one and other; Russian one, few, many and other (1 год, 2 года, 5 лет, 1,5 года);
 * Kazakh keeps the noun singular after a number, so its forms are the same word.
 */
export type PluralForms = { readonly [C in Intl.LDMLPluralRule]?: string } & {
	readonly other: string;
};

/** Marks a catalogue entry as plural forms, so a translation may give the categories its language has. */
export function forms(words: PluralForms): PluralForms {
	return words;
}
