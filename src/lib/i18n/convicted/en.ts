/** The words of the convicted area, in English: the type every edition's convicted catalogue must match. */
const convicted = {
	title: 'People convicted in each court case',
	/** `cases` and `total` are digits; `top` the largest case, when there is one. */
	takeaway: (p: {
		cases: string;
		nCases: number;
		total: string;
		nTotal: number;
		top: { count: string; n: number; city: string } | null;
	}) =>
		`The report details ${p.cases} cases with ${p.total} people convicted${p.top ? `, ${p.top.count} of them in the ${p.top.city} case` : ''}.`,
	desc: (p: { city: string; count: string; n: number }) => `${p.city}: ${p.count} convicted.`,
	markTitle: (p: { city: string; count: string; n: number; source: string }) =>
		`${p.city}: ${p.count} people convicted. Source: “${p.source}”.`,
	dozensNote:
		'The report also says that dozens of people were convicted of terrorism or extremism during the year without giving a number; only the cases it details are counted here.',
	table: { city: 'Case', convicted: 'Convicted' },
	/** Each conviction row's offence, by its id in convictions.csv. */
	offences: {
		'taraz-attack-organisers': 'Organising a terrorist attack',
		'atyrau-bombing-organisers': 'Organising bomb attacks on government buildings',
		'uralsk-terrorist-financing': 'Financing a terrorist group',
		'convictions-during-2012': 'Terrorism or extremism',
		'opposition-media-outlets': 'Extremism'
	} as Record<string, string>,
	/** What people were convicted for, after the count: "3 for financing a terrorist group". */
	convictedFor: {
		'taraz-attack-organisers': 'for organising a terrorist attack',
		'atyrau-bombing-organisers': 'for organising bomb attacks on government buildings',
		'uralsk-terrorist-financing': 'for financing a terrorist group',
		'convictions-during-2012': 'for terrorism or extremism',
		'opposition-media-outlets': 'for extremism'
	} as Record<string, string>,
	/** The group a row names, by the row's id; rows with no group have no entry. */
	groups: {
		'atyrau-bombing-organisers': 'Jund al-Khilafah',
		'uralsk-terrorist-financing': 'Islamic Jihad Union'
	} as Record<string, string>,
	/** The report's words for a number it does not give, by the row's id. */
	countWords: {
		'convictions-during-2012': 'dozens',
		'opposition-media-outlets': 'several'
	} as Record<string, string>,
	/** Each conviction row's summary, by its id in convictions.csv. */
	summaries: {
		'taraz-attack-organisers':
			'Five people convicted for organising the November 2011 attack in Taraz, which the report notes was carried out by a single gunman; terms from five years up to life.',
		'atyrau-bombing-organisers':
			'Forty-seven defendants found guilty in two trials over the 31 October 2011 bombings of government buildings in Atyrau; terms from five to fifteen years. Jund al-Khilafah said it was behind the attack.',
		'uralsk-terrorist-financing':
			'Three defendants convicted under the terrorist finance laws of funding the Islamic Jihad Union; the report gives no sentence.',
		'convictions-during-2012':
			'Courts convicted dozens of people on terrorism or extremism charges over the year, among them for material support to terrorist groups and for spreading banned extremist material; the report gives no number, no cities and no sentences.',
		'opposition-media-outlets':
			'Courts found several opposition media outlets guilty of extremism and ordered them closed; the report says this happened without compelling evidence of any link to terrorism, and gives no number.'
	} as Record<string, string>
};

export type ConvictedMessages = typeof convicted;
export default convicted;
