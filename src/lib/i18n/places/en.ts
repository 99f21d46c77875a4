import type { PlaceKind } from '../../data/types.ts';
import { forms } from '../plural.ts';

/** The words of the places map and page, in English: the type every edition's places catalogue must match. */
const places = {
	/** Whose data the maps draw besides the report's: under each map and in its exports. */
	credits: {
		borders: 'Borders: Natural Earth (public domain), which implies no view on any boundary.',
		positions: 'Positions: GeoNames (CC BY 4.0).',
		/** The same in a few words, for a share card. */
		shortBorders: 'Borders: Natural Earth',
		shortMap: 'Map data: GeoNames (CC BY 4.0), Natural Earth'
	},
	/** "Source: “…”" after a place's words. */
	source: (section: string) => `Source: “${section}”.`,
	kinds: { city: 'city', area: 'area', region: 'region' } satisfies Record<
		PlaceKind,
		string
	> as Record<PlaceKind, string>,
	incidentKinds: { explosion: 'explosion', 'security operation': 'security operation' },
	/** What the defendants of each case tied to a place were convicted of, by convictions.csv id. */
	offences: {
		'taraz-attack-organisers': 'organising a terrorist attack',
		'atyrau-bombing-organisers': 'organising bomb attacks on government buildings',
		'uralsk-terrorist-financing': 'financing a terrorist group'
	} as Record<string, string>,
	map: {
		title: 'Where it happened: the places the report names',
		/** After a count of places with a position. */
		cities: forms({ one: 'city or town', other: 'cities and towns' }),
		takeaway: (p: {
			cities: string;
			deaths: string;
			convictions: string;
			meetings: string;
			farthest: { a: string; b: string; km: string } | null;
		}) =>
			`The report names ${p.cities} across Kazakhstan, for deaths (${p.deaths}), convictions (${p.convictions}) and meetings (${p.meetings})${p.farthest ? `; the farthest apart, ${p.farthest.a} and ${p.farthest.b}, are about ${p.farthest.km} km from each other` : ''}.`,
		/** After a count of the dead, on the map and in words; "at least" counts take the second. */
		killed: forms({ one: 'killed', other: 'killed' }),
		killedAtLeast: forms({ one: 'killed', other: 'killed' }),
		/** One line of a label. */
		killedLine: (killed: string, date: string) => `${killed} · ${date}`,
		convictedLine: (count: string, month: string) => `${count} convicted · ${month}`,
		meetings: forms({ one: 'meeting', other: 'meetings' }),
		meetingsLine: (count: string, months: string) => `${count} · ${months}`,
		/** The same in words, for the title, the text alternative and the table. */
		killedSentence: (p: { killed: string; date: string; kind: string }) =>
			`${p.killed} on ${p.date} (${p.kind})`,
		people: forms({ one: 'person', other: 'people' }),
		convictedSentence: (p: {
			people: string;
			month: string;
			offence: string;
			attack: string | null;
		}) =>
			`${p.people} convicted in ${p.month} of ${p.offence}${p.attack ? `, over the attack of ${p.attack} there` : ''}`,
		meetingSentence: (label: string, date: string) => `${label} (${date})`,
		/** A place’s sentences, each capitalised, as one text. */
		sentences: (items: string[]) => items.map((s) => (s.endsWith('.') ? s : `${s}.`)).join(' '),
		positionRegion: 'a region named without a boundary',
		positionNear: (near: string, position: string) =>
			`somewhere near ${near}, whose position (${position}) the ring is drawn around; the report names no village`,
		positionPoint: (position: string, gazetteer: string | null) =>
			`${position}${gazetteer ? `, ${gazetteer} in GeoNames` : ''}`,
		placeTitle: (name: string, position: string, what: string, source: string) =>
			`${name} (${position}). ${what ? `${what} ` : ''}${source}`,
		regionAbout: (inside: string | null) =>
			`a region the report names${inside ? `, with ${inside} in it` : ''}, without a boundary; its name is set over the area and no line is drawn.`,
		noteNear: (name: string, near: string) =>
			`${name}: the report places it only near ${near}; the dashed ring stands for an area around the city, not a point.`,
		noteRegion: (name: string) =>
			`${name}: the report names it without a boundary, so its name is set over the area and no line is drawn for it.`,
		noteAttacks: (cities: string) =>
			`For ${cities}, the map shows where the attacks behind the trials took place; the report does not say where the trials were held.`,
		unplacedItem: (kind: string, date: string) => `the ${kind} of ${date}`,
		noteUnplaced: (items: string, n: number) =>
			`The report gives no place for ${items}, so ${n === 1 ? 'it is' : 'they are'} not on the map.`,
		noteDots: 'A dot marks a position, not a size: the map draws no toll or count as an area.',
		key: {
			place: 'a city or town, at its GeoNames position',
			near: 'somewhere near a city, as the report gives it: an area, not a point',
			region: 'a region named without a boundary: its name alone',
			minimum: 'a toll the report gives as “at least” this many'
		},
		columns: {
			place: 'Place',
			kind: 'Kind',
			position: 'Position',
			what: 'What the report says happened there',
			section: 'Source'
		},
		/** The small map of the home page: its text alternative. */
		locatorDesc: (marked: string) => `Map of Kazakhstan marking ${marked}.`
	},
	page: {
		title: 'Places',
		lede: 'Where the report’s incidents, the attacks behind its trials and its meetings took place, and which countries took part in each multinational development.',
		each: 'Each place',
		/** A link from a place to the chart that shows what happened there, by the chart's page. */
		see: {
			'/incidents/': 'See the incident chart',
			'/sentences/': 'See the convictions chart',
			'/timeline/': 'See the timeline'
		} as Record<string, string>,
		seeOther: 'See its chart',
		source: 'Source'
	}
};

export type PlacesMessages = typeof places;
export default places;
