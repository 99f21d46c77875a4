/**
 * The bodies and groups the report names, in English: the type every edition's glossary must match.
 * `names` are the ways a text of this edition writes the name, longest first, the term included;
 * a `*` stands for any letters, so that a name is found in every grammatical case ("Таможенн* союз*").
 */
export interface GlossaryWords {
	term: string;
	names: readonly string[];
	/** One line of our own words. */
	words: string;
}

const glossary = {
	entries: {
		'committee-for-national-security': {
			term: 'Committee for National Security',
			names: ['Committee for National Security'],
			words:
				'Kazakhstan’s state security service; in the report, one of its representatives speaks about the registration of religious groups.'
		},
		'shanghai-cooperation-organization': {
			term: 'Shanghai Cooperation Organization',
			names: ['Shanghai Cooperation Organization', 'SCO'],
			words:
				'A regional organisation of Eurasian states, Kazakhstan among them; its expert consultants met in Almaty in August 2012.'
		},
		'customs-union': {
			term: 'Customs Union',
			names: ['Customs Union'],
			words:
				'The trade bloc of Kazakhstan, Russia and Belarus, as the report lists its members; Kazakhstan’s Senate ratified its treaty on money laundering and terrorist finance in October 2012.'
		},
		'eurasian-group': {
			term: 'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
			names: [
				'Eurasian Group on Combating Money Laundering and Financing of Terrorism',
				'Eurasian Group'
			],
			words:
				'A regional body on the model of the Financial Action Task Force, which sets and checks rules against money laundering and terrorist finance; Kazakhstan is a member.'
		},
		'jund-al-khilafah': {
			term: 'Jund al-Khilafah',
			names: ['Jund al-Khilafah'],
			words:
				'“Soldiers of the Caliphate”, a violent extremist group; the report says it claimed the bombings in Atyrau of 31 October 2011.'
		},
		'islamic-jihad-union': {
			term: 'Islamic Jihad Union',
			names: ['Islamic Jihad Union'],
			words:
				'A terrorist group; three defendants in Uralsk were convicted in October 2012 of giving it money.'
		}
	} as Record<string, GlossaryWords>
};

export type GlossaryMessages = typeof glossary;
export default glossary;
