import { type Dataset } from '../data/types.ts';
import { detailedCases } from '../data/subsets.ts';
import type { Lang } from '../i18n/index.ts';
import type { NamesMessages } from '../i18n/names/en.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** The bodies of names.bodies the agency column of websites.csv names. */
const AGENCY_BODY: Record<string, keyof NamesMessages['bodies']> = {
	'Agency for Religious Affairs': 'religiousAffairs',
	'National Security Council': 'nationalSecurityCouncil'
};

/**
 * A word of a row in the edition's language: English takes the row's own text, the others the
 * catalogue's entry, and a missing entry fails the build with what is missing.
 */
function translated(lang: Lang, english: string, entry: string | undefined, what: string): string {
	if (lang.locale === DEFAULT_LOCALE) return english;
	if (entry === undefined) throw new Error(`No ${lang.locale} words for ${what}`);
	return entry;
}

/** The caveats that follow from how the data are coded, written from the data themselves. */
export function dataCaveats(data: Dataset, lang: Lang): string[] {
	const { f } = lang;
	const c = lang.m.pages.caveats;
	const place = (english: string | null, id: string | null, row: string) =>
		english === null
			? c.placeNotNamed
			: translated(
					lang,
					english,
					id === null ? undefined : lang.m.names.places[id],
					`the place of ${row}`
				);
	const out: string[] = [];
	const minimums = data.incidents.filter((d) => d.killed_is_minimum);
	if (minimums.length > 0) {
		const items = minimums.map((d) =>
			c.minimumItem(
				place(d.place, d.place_id, d.id),
				f.dateish(d.date),
				f.bounded({ value: d.killed, isMinimum: true })
			)
		);
		out.push(c.minimums(minimums.length, f.list(items)));
	}
	const unsaid = data.incidents.filter((d) => d.killed_described === 'not stated');
	if (data.incidents.length > 0) {
		const said = unsaid.length
			? ` ${c.unsaid(f.list(unsaid.map((d) => c.incidentIn(d.kind, f.dateish(d.date, d.date_approximate), f.count(d.killed)))))}`
			: '';
		out.push(`${c.noTotal}${said}`);
	}
	for (const d of data.incidents.filter((i) => i.date_approximate))
		out.push(c.estimate(c.incidentOf(d.kind, f.dateish(d.date, true))));
	const unnamed = data.incidents.filter((d) => d.place === null);
	if (unnamed.length > 0)
		out.push(
			c.noPlace(
				f.list(unnamed.map((d) => c.incidentOf(d.kind, f.dateish(d.date, d.date_approximate))))
			)
		);
	const cases = detailedCases(data.convictions);
	const cityOf = (row: (typeof cases)[number]) =>
		c.caseIn(place(row.city, row.place_id, `the case "${row.id}"`));
	const noSentence = cases.filter((row) => !row.sentence_stated);
	if (noSentence.length > 0) out.push(c.noSentence(f.list(noSentence.map(cityOf))));
	const noTrials = cases.filter((row) => row.trials === null);
	if (noTrials.length > 0) out.push(c.noTrials(f.list(noTrials.map(cityOf))));
	const inWords = [
		...data.convictions
			.filter((row) => row.convicted_words !== null)
			.map((row) =>
				translated(
					lang,
					`“${row.convicted_words}” ${row.convicted_unit} convicted of ${row.offence.toLowerCase()}`,
					c.inWordsItems[row.id],
					`the number in words of the case "${row.id}"`
				)
			),
		...data.events
			.filter((e) => e.count_words !== null)
			.map((e) =>
				translated(
					lang,
					`“${e.count_words}” ${e.count_unit ?? ''} (${e.label.toLowerCase()})`,
					c.inWordsItems[e.id],
					`the number in words of the development "${e.id}"`
				)
			)
	];
	if (inWords.length > 0) out.push(c.inWords(f.list(inWords)));
	const undated = data.events.filter((e) => e.date === null);
	if (undated.length > 0) out.push(c.undated(undated.length, f.count(undated.length)));
	if (data.websites.length > 1) {
		const items = data.websites.map((w) => {
			const body = AGENCY_BODY[w.agency];
			const agency = translated(
				lang,
				w.agency,
				body && lang.m.names.bodies[body],
				`the agency "${w.agency}"`
			);
			return c.websiteItem(agency, f.period(w.period_start, w.period_end));
		});
		out.push(c.websites(items.join('; ')));
	}
	const unnamedParticipants = data.events.filter(
		(e) => e.theme === 'cooperation' && !data.participants.some((p) => p.event_id === e.id)
	);
	if (unnamedParticipants.length > 0) {
		const n = unnamedParticipants.length;
		const dates = unnamedParticipants.map((e) => (e.date === null ? c.noDate : f.dateish(e.date)));
		out.push(c.noCountries(n, f.count(n), f.list(dates)));
	}
	return out;
}
