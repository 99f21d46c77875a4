/** The bodies and groups the report names, each in one line of our own words, and links to them. */

export interface GlossaryEntry {
	/** Anchor on the about page: #glossary-<id>. */
	id: string;
	term: string;
	/** Other ways the dashboard writes the name, longest first, the term included. */
	names: readonly string[];
	words: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
	{
		id: 'committee-for-national-security',
		term: 'Committee for National Security',
		names: ['Committee for National Security'],
		words:
			'Kazakhstan’s state security service; in the report, one of its representatives speaks about the registration of religious groups.'
	},
	{
		id: 'shanghai-cooperation-organization',
		term: 'Shanghai Cooperation Organization',
		names: ['Shanghai Cooperation Organization', 'SCO'],
		words:
			'A regional organisation of Eurasian states, Kazakhstan among them; its expert consultants met in Almaty in August 2012.'
	},
	{
		id: 'customs-union',
		term: 'Customs Union',
		names: ['Customs Union'],
		words:
			'The trade bloc of Kazakhstan, Russia and Belarus, as the report lists its members; Kazakhstan’s Senate ratified its treaty on money laundering and terrorist finance in October 2012.'
	},
	{
		id: 'eurasian-group',
		term: 'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
		names: [
			'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
			'Eurasian Group'
		],
		words:
			'A regional body on the model of the Financial Action Task Force, which sets and checks rules against money laundering and terrorist finance; Kazakhstan is a member.'
	},
	{
		id: 'jund-al-khilafah',
		term: 'Jund al-Khilafah',
		names: ['Jund al-Khilafah'],
		words:
			'“Soldiers of the Caliphate”, a violent extremist group; the report says it claimed the bombings in Atyrau of 31 October 2011.'
	},
	{
		id: 'islamic-jihad-union',
		term: 'Islamic Jihad Union',
		names: ['Islamic Jihad Union'],
		words:
			'A terrorist group; three defendants in Uralsk were convicted in October 2012 of giving it money.'
	}
];

/** A run of text, or a name in it that links to its glossary entry. */
export interface Segment {
	text: string;
	/** The glossary entry the text names, where this is its first use on the page. */
	entry?: string;
}

/**
 * Splits a text at the first use on a page of each name in the glossary, the names in `seen`
 * already linked higher up the page; adds the names it links to `seen`.
 */
export function glossed(text: string, seen: Set<string>): Segment[] {
	const found: { at: number; name: string; id: string }[] = [];
	for (const entry of GLOSSARY) {
		if (seen.has(entry.id)) continue;
		const hits = entry.names
			.map((name) => ({ at: new RegExp(`\\b${name}\\b`).exec(text)?.index ?? -1, name }))
			.filter((h) => h.at >= 0)
			.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
		const first = hits[0];
		if (first) found.push({ ...first, id: entry.id });
	}
	found.sort((a, b) => a.at - b.at);
	const segments: Segment[] = [];
	let from = 0;
	for (const hit of found) {
		if (hit.at < from) continue;
		if (hit.at > from) segments.push({ text: text.slice(from, hit.at) });
		segments.push({ text: hit.name, entry: hit.id });
		seen.add(hit.id);
		from = hit.at + hit.name.length;
	}
	if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from) });
	return segments;
}
