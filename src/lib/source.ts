import { SECTIONS, type Section } from './data/types.ts';
import { formatFor } from './format/index.ts';
import { CATALOGUES } from './i18n/catalogue.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';

import { REPORT } from './report.ts';

export { REPORT };

/** "30 May 2013", or "May 2013" with style 'month', in an edition's language ("30 мая 2013 г."). */
export function publishedOn(style: 'long' | 'month' = 'long', locale: Locale): string {
	return formatFor(locale).date(
		new Date(`${REPORT.published}T00:00:00Z`),
		style === 'long' ? 'day' : 'month'
	);
}

/** Link to the report that opens at a section heading, where the browser supports text fragments. */
export function sectionUrl(section: Section): string {
	const fragment = encodeURIComponent(section).replaceAll('-', '%2D');
	return `${REPORT.url}#:~:text=${fragment}`;
}

/**
 * The citation of the report, in words: the title stays the report's English one, and the other
 * editions name the publisher in their language.
 */
export function reportCitation(locale: Locale): string {
	const m = CATALOGUES[locale];
	const line = m.pages.cite.reportLine({
		publisher: locale === DEFAULT_LOCALE ? REPORT.publisher : m.site.publisher,
		title: REPORT.title,
		year: REPORT.published.slice(0, 4),
		date: publishedOn('long', locale)
	});
	return `${line}, ${REPORT.url}`;
}

/**
 * Names the dashboard may repeat word for word: the report's title, its section headings, and the
 * titles of bodies, strategies and reports it names. Everything else is written in our own words.
 */
export const PROPER_NAMES: readonly string[] = [
	REPORT.title,
	'Country Reports on Terrorism',
	...SECTIONS,
	'UN Global Counter-Terrorism Strategy in Central Asia',
	'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
	'Financial Action Task Force',
	'International Narcotics Control Strategy Report',
	'Annual Report to Congress on International Religious Freedom',
	'Country Reports on Human Rights Practices'
];
