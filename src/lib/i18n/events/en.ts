/** The words of the events area, in English: the type every edition's events catalogue must match. */
import type { Theme } from '../../data/types.ts';
import { forms } from '../plural.ts';

const events = {
	/** Each theme's name, in the order the timeline's key lists them. */
	themes: {
		incident: 'Incidents',
		justice: 'Verdicts',
		legislation: 'Laws',
		cooperation: 'Cooperation',
		oversight: 'Oversight',
		administration: 'Administration'
	} satisfies Record<Theme, string> as Record<Theme, string>,
	title: 'Dated developments of 2012, in order',
	/** Developments, after a count. */
	developments: forms({ one: 'development', other: 'developments' }),
	/** Developments the chart leaves out, after a count. */
	moreDevelopments: forms({ one: 'more development', other: 'more developments' }),
	/** `dated` is a count with its noun; `busiest` the most frequent theme's name, null when there is none. */
	takeaway: (p: { dated: string; busiest: string | null; busiestCount: string }) =>
		`The report dates ${p.dated} in 2012${p.busiest ? `; ${p.busiest.toLowerCase()} is the most frequent theme, with ${p.busiestCount}` : ''}.`,
	themeCount: (p: { theme: string; count: string }) => `${p.theme}: ${p.count}.`,
	/** One theme's count within a month, in the text alternative. */
	inMonth: (p: { theme: string; count: string }) => `${p.count} ${p.theme.toLowerCase()}`,
	byMonth: (months: string) => `By month: ${months}.`,
	notes: {
		dots: 'A filled dot is a development the report dates to the day; a hollow dot, one it dates only to the month, shown by its month alone; a dashed ring, one it dates only relative to another, shown at its month.',
		countries: 'Countries are named under a development only where the report names them.',
		undated: (p: { count: string; n: number }) =>
			`The report names ${p.count} that it dates only to the year or not at all; ${p.n === 1 ? 'it is' : 'they are'} listed under the chart, not on it.`
	},
	key: {
		day: 'the report gives the day',
		month: 'the report gives the month only',
		relative:
			'“about”: the report dates it only relative to another date, so it is shown at its month'
	},
	/** How precisely the report dates a development, in a mark's title. */
	precision: {
		day: 'the report gives the day',
		month: 'the report gives the month only',
		relative: 'the report dates it only relative to another development'
	},
	markTitle: (p: {
		date: string;
		precision: string;
		label: string;
		detail: string;
		section: string;
	}) => `${p.date} (${p.precision}): ${p.label}. ${p.detail}. Source: “${p.section}”.`,
	columns: {
		date: 'Date',
		theme: 'Theme',
		summary: 'What happened',
		countries: 'Countries named'
	},
	page: {
		heading: 'Timeline of 2012',
		lede: 'Every development of 2012 that the report dates, from incidents and verdicts to laws and agreements with other countries.',
		undatedHeading: 'Developments without a month',
		undatedText:
			'The report also names these developments without dating them to a month, so the chart leaves them out. In the data their date is the year or empty.',
		inWords: 'Every dated development, in words',
		countriesNamed: (list: string) => `Countries named: ${list}.`,
		source: 'Source'
	},
	/** The date of a development the chart cannot place. */
	when: {
		none: 'No date given',
		year: (year: string) => `During ${year}, no month given`
	},
	/** Each development's short name, by event id. */
	labels: {
		'border-information-exchange': 'Border data-sharing plan announced',
		'taraz-verdict': 'Taraz attack verdict',
		'atyrau-verdicts': 'Atyrau bombing verdicts',
		'terrorist-finance-amendments': 'Terrorist finance laws amended',
		'un-strategy-meeting-almaty': 'UN strategy meeting in Almaty',
		'almaty-safe-house-blast': 'Blast near Almaty',
		'almaty-follow-up-operation': 'Follow-up security operation',
		'sco-experts-almaty': 'SCO experts meet in Almaty',
		'joint-drills-russia-ukraine': 'Joint drills with Russia and Ukraine',
		'accidental-explosion-before-raid': 'Accidental explosion',
		'kulsary-apartment-raid': 'Raid in Kulsary',
		'parliament-criticises-shootouts': 'MPs criticise deadly shootouts',
		'customs-union-treaty-ratified': 'Customs Union treaty ratified',
		'uralsk-verdict': 'Uralsk terrorist financing verdict',
		'counterterrorism-law': 'Counterterrorism law approved',
		'convictions-during-2012': 'Dozens convicted over the year',
		'opposition-media-outlets-convicted': 'Opposition media outlets convicted',
		'eurasian-group-membership': 'Member of the Eurasian Group',
		'terrorist-financier-lists-plan': 'Plan to list terrorist financiers',
		'religion-law-registration': 'Religion law requires registration',
		'registration-found-no-terrorist-organisations': 'Registration found no terrorist groups',
		'religious-communities-refused-registration': 'Communities refused registration',
		'media-law-counterterrorism-duty': 'Media law adds counterterrorism duty'
	} as Record<string, string>,
	/** Each development in a sentence, by event id. */
	summaries: {
		'border-information-exchange':
			'Border agencies of five Central Asian and neighbouring states announce plans for an automated system to share counterterrorism information.',
		'taraz-verdict':
			'Five people convicted over the November 2011 Taraz attack; sentences from five years to life.',
		'atyrau-verdicts':
			'Two trials end with 47 defendants convicted over the October 2011 Atyrau bombings; sentences from five to fifteen years.',
		'terrorist-finance-amendments':
			'Amendments to the terrorist finance laws, intended to close gaps and remove contradictions in earlier legislation.',
		'un-strategy-meeting-almaty':
			'Regional representatives meet in Almaty on a joint action plan for the UN Global Counter-Terrorism Strategy in Central Asia.',
		'almaty-safe-house-blast':
			'Blast at a suspected bomb-making house near Almaty kills eight people.',
		'almaty-follow-up-operation':
			'Security forces kill nine suspects in an operation following up the Almaty blast.',
		'sco-experts-almaty':
			'Shanghai Cooperation Organization experts meet in Almaty to prepare joint activities.',
		'joint-drills-russia-ukraine':
			'Kazakhstani security forces hold joint counterterrorism drills with Russian and Ukrainian counterparts.',
		'accidental-explosion-before-raid':
			'An accidental explosion kills one suspected extremist, about a week before the Kulsary raid.',
		'kulsary-apartment-raid':
			'Security forces kill at least two suspected extremists in a raid on an apartment block in Kulsary.',
		'parliament-criticises-shootouts':
			'Members of parliament criticise law enforcement for killing suspects in shootouts instead of arresting them for questioning.',
		'customs-union-treaty-ratified':
			'The Senate ratifies a Customs Union treaty against money laundering and terrorist financing.',
		'uralsk-verdict': 'Three defendants in Uralsk convicted of funding the Islamic Jihad Union.',
		'counterterrorism-law':
			'Parliament approves a law setting out the counterterrorism roles of state agencies and creating regional counterterrorism commissions.',
		'convictions-during-2012':
			'Courts convict dozens of people on terrorism or extremism charges over the course of the year; the report gives no number.',
		'opposition-media-outlets-convicted':
			'Courts find several opposition media outlets guilty of extremism and order them closed.',
		'eurasian-group-membership':
			'Kazakhstan belongs to the Eurasian Group on Combating Money Laundering and Financing of Terrorism, a regional body modelled on the Financial Action Task Force.',
		'terrorist-financier-lists-plan':
			"The Prosecutor General's Office says it means to draw up lists of organisations financing terrorism from what special services and law enforcement agencies report, and could then ask the Financial Monitoring Committee to watch their transactions.",
		'religion-law-registration':
			'A new religion law obliges religious groups across the country to register.',
		'registration-found-no-terrorist-organisations':
			'A Committee for National Security representative says registering religious groups brought to light no terrorist organisations in Kazakhstan.',
		'religious-communities-refused-registration':
			'Several religious communities with no ties to violence complain that the authorities refused to register them under the new law.',
		'media-law-counterterrorism-duty':
			'New legislation, part of a large campaign against radicalisation, obliges every media outlet to help state bodies counter terrorism.'
	} as Record<string, string>
};

export type EventsMessages = typeof events;
export default events;
