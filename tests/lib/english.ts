/**
 * Finds English left in a translated text: words of four or more Latin letters, once the names and
 * titles kept in English on purpose and every web address are taken out.
 */
export const KEPT_IN_ENGLISH: readonly string[] = [
	// The report's title, and the tables' title, as published.
	'Country Reports on Terrorism 2012 – Kazakhstan: the figures',
	'Country Reports on Terrorism 2012 – Kazakhstan',
	'crt-dashboard',
	'Frictionless',
	'GeoNames',
	'Natural Earth',
	'Creative Commons Attribution',
	'CC BY 4.0',
	'Universal',
	'Refworld',
	'BibTeX',
	'CSL-JSON',
	'CC0',
	'CSV',
	'JSON'
];

export function englishWords(text: string, kept: readonly string[] = KEPT_IN_ENGLISH): string[] {
	let rest = text.replace(/\bhttps?:\/\/\S+/g, ' ');
	for (const name of [...kept].sort((a, b) => b.length - a.length))
		rest = rest.replaceAll(name, ' ');
	return rest.match(/[A-Za-z]{4,}/g) ?? [];
}
