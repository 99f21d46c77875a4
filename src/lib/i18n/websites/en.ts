import type { WebsiteFigure } from '../../data/types.ts';
import { forms, type PluralForms } from '../plural.ts';

type Measure = WebsiteFigure['measure'];

/** The words of the websites area, in English: the type every edition's websites catalogue must match. */
const websites = {
	title: 'Websites reviewed and shut down: two counts, two periods',
	/** Each measure in a word, for the table. */
	measure: { reviewed: 'reviewed', shut_down: 'shut down' } as Record<Measure, string>,
	/** What a count counts, in the form for the count: "1,800 websites reviewed". */
	counted: {
		reviewed: forms({ one: 'website reviewed', other: 'websites reviewed' }),
		shut_down: forms({ one: 'website shut down', other: 'websites shut down' })
	} as Record<Measure, PluralForms>,
	/** The count of a measure, as the subject of a note: "the count of websites shut down". */
	countOf: {
		reviewed: 'the count of websites reviewed',
		shut_down: 'the count of websites shut down'
	} as Record<Measure, string>,
	/** Each figure's agency, by the row's id in websites.csv: its name, and "according to" it. */
	agencies: {
		'websites-reviewed-2012': {
			name: 'Agency for Religious Affairs',
			according: 'according to the Agency for Religious Affairs',
			by: 'by the Agency for Religious Affairs'
		},
		'websites-shut-down-since-2010': {
			name: 'National Security Council',
			according: 'according to the National Security Council',
			by: 'by the National Security Council'
		}
	} as Record<string, { name: string; according: string; by: string }>,
	/** Each figure's summary, by the row's id in websites.csv. */
	summaries: {
		'websites-reviewed-2012':
			'Websites the agency checked for violent extremist content during January to September 2012, according to an agency spokesperson.',
		'websites-shut-down-since-2010':
			'Websites closed for promoting violent extremism since 2010, according to a council representative; the report names no end date.'
	} as Record<string, string>,
	takeawayItem: (p: { counted: string; period: string; by: string }) =>
		`${p.counted}, ${p.period}, ${p.by}`,
	apart: 'Two agencies, two periods: the counts are not to be compared or added.',
	desc: (p: { counted: string; according: string; period: string }) =>
		`${p.counted}, ${p.according}, ${p.period}.`,
	/** The mark's SVG title. */
	markTitle: (p: {
		counted: string;
		according: string;
		period: string;
		yearOnly: boolean;
		source: string;
	}) =>
		`${p.counted}, ${p.according}, ${p.period}${p.yearOnly ? '; the report gives only the year it starts from' : ''}. Source: “${p.source}”.`,
	notes: {
		strips:
			'Each count is written in type of one size; the strip under it is the period that figure covers, on a time scale of its own, and not an amount. The counts come from different agencies over different periods, so the chart never sets them against each other.',
		yearOnly: (p: { what: string; year: string }) =>
			`The report gives only the year ${p.what} starts from (${p.year}); that year is drawn hollow.`,
		openEnd: (p: { what: string; published: string }) =>
			`The report gives no end date for ${p.what}: its dashed arrow runs off its scale and marks no end. The count can run no later than the report’s publication in ${p.published}.`
	},
	key: {
		yearOnly: 'hollow: a start the report gives as a year only, so the whole year',
		openEnd: 'dashed arrow: the report gives no end date, and the arrow marks none'
	},
	table: { measure: 'Websites', websites: 'Number', agency: 'Source agency', period: 'Period' },
	page: {
		title: 'Websites',
		lede: 'The report’s two figures on websites: how many were reviewed for violent extremist content, and how many were shut down.',
		separate: 'Separate figures.',
		/** Who counted what, over which period: the reason the figures are not compared. */
		source: {
			reviewed: (p: { agency: string; period: string }) =>
				`the ${p.agency} counted websites reviewed for violent extremist content, ${p.period}`,
			shut_down: (p: { agency: string; period: string }) =>
				`the ${p.agency} counted websites shut down, ${p.period}`
		} as Record<Measure, (p: { agency: string; period: string }) => string>,
		apart:
			'They measure different things over different periods, so the dashboard never shows one as a share of the other.',
		each: 'Each figure',
		sourceLink: 'Source'
	}
};

export type WebsitesMessages = typeof websites;
export default websites;
