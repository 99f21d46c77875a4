import type { Lang } from '../i18n/index.ts';
import type { FieldType } from '../i18n/pages/en.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** What the data page needs of datapackage.json: its words are English, the data's language. */
export interface PackageText {
	description: string;
	rights: string;
	licenses: readonly { name: string; title?: string }[];
	resources: readonly {
		name: string;
		title: string;
		description: string;
		schema: { fields: readonly { name: string; type: string; description: string }[] };
	}[];
}

const TYPES: readonly FieldType[] = ['string', 'integer', 'number', 'boolean', 'date'];

function need<T>(value: T | undefined, lang: Lang, what: string): T {
	if (value === undefined) throw new Error(`No ${lang.locale} words for ${what} on the data page`);
	return value;
}

/**
 * The package's words in an edition's language: English shows the package's own; the others take
 * their catalogue's, and a resource, field or licence without words fails the build, named.
 */
export function packageWords(pkg: PackageText, lang: Lang) {
	const words = lang.m.pages.data.package;
	const english = lang.locale === DEFAULT_LOCALE;
	if (!english && !words) throw new Error(`No ${lang.locale} words for the data package`);
	const type = (t: string) => {
		if (!(TYPES as readonly string[]).includes(t)) throw new Error(`Unknown field type "${t}"`);
		return lang.m.pages.data.types[t as FieldType];
	};
	return {
		description: english || !words ? pkg.description : words.description,
		rights: english || !words ? pkg.rights : words.rights,
		licenses: pkg.licenses.map((l) =>
			english || !words
				? (l.title ?? l.name)
				: need(words.licenses[l.name], lang, `the licence "${l.name}"`)
		),
		resources: pkg.resources.map((r) => {
			const own =
				english || !words ? r : need(words.resources[r.name], lang, `the table "${r.name}"`);
			return {
				name: r.name,
				title: own.title,
				description: own.description,
				fields: r.schema.fields.map((field) => ({
					name: field.name,
					type: type(field.type),
					description:
						english || !words
							? field.description
							: need(
									words.fields[r.name]?.[field.name],
									lang,
									`the column "${field.name}" of "${r.name}"`
								)
				}))
			};
		})
	};
}
