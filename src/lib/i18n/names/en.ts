/**
 * Names as each language writes them: the report's places (by the id in places.csv), the
 * countries of the agreements (by the ISO 3166 numeric code in participants.csv), and the bodies
 * and groups the dashboard names. Where each Russian and Kazakh form comes from is in the
 * codebook (static/data/README.md, "Names in the Russian and Kazakh editions").
 */
const names = {
	places: {
		almaty: 'Almaty',
		'village-near-almaty': 'a village outside Almaty',
		kulsary: 'Kulsary',
		'western-kazakhstan': 'western Kazakhstan',
		taraz: 'Taraz',
		atyrau: 'Atyrau',
		uralsk: 'Uralsk'
	} as Record<string, string>,
	countries: {
		'112': 'Belarus',
		'398': 'Kazakhstan',
		'417': 'Kyrgyzstan',
		'643': 'Russia',
		'762': 'Tajikistan',
		'804': 'Ukraine',
		'860': 'Uzbekistan'
	} as Record<string, string>,
	bodies: {
		knb: 'the Committee for National Security (KNB)',
		knbShort: 'KNB',
		religiousAffairs: 'the Agency for Religious Affairs',
		prosecutorGeneral: 'the Prosecutor General’s Office',
		senate: 'the Senate',
		parliament: 'Parliament',
		eag: 'the Eurasian Group (EAG)',
		sco: 'the Shanghai Cooperation Organization (SCO)',
		customsUnion: 'the Customs Union',
		nationalSecurityCouncil: 'the National Security Council',
		islamicJihadUnion: 'the Islamic Jihad Union',
		jundAlKhilafah: 'Jund al-Khilafah'
	}
};

export type NamesMessages = typeof names;
export default names;
