/**
 * The words of the about, data, not-found and error pages, the caveats and the citations, in
 * English: the type every edition's pages catalogue must match.
 */
import type { IncidentKind } from '../../data/types.ts';
import { forms } from '../plural.ts';

/** A run of text with code (column names, values) in it, as `{ code }` parts. */
export type Rich = readonly (string | { readonly code: string })[];

/** Frictionless field types, as the codebook names them. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

const pages = {
	about: {
		title: 'About the figures',
		lede: 'This dashboard shows the numbers in one chapter of a U.S. government report. Every number is the report’s or worked out from the report’s (a total, or an estimated date that is marked as one), and names the section it comes from.',
		citeHeading: 'How to cite',
		citeIntro: (version: string) =>
			`Cite the report for its figures, and the tables (data version ${version}) when you use the dashboard’s coding of them. The access date given for the tables is the day this data version was made, so every copy of the dashboard cites the same; put the day you consulted it in its place.`,
		/** Why the citations are in the style they are; empty where nothing needs saying. */
		citeStyleNote: '',
		works: { report: 'The report', dataset: 'The tables' },
		files: 'Files',
		downloadData: 'Download the data',
		sectionsHeading: 'The report’s sections',
		/** Around the link to Refworld. */
		sectionsNote: {
			before: 'Section links open the report on ',
			after: ' and, in browsers that support it, scroll to the section’s heading.'
		},
		/** The section's name in the edition's language beside its English heading; null in English. */
		sectionTranslation: null as ((translation: string) => string) | null,
		glossaryHeading: 'Glossary',
		glossaryIntro: 'The bodies and groups the report names, each in a line of our own.',
		codingHeading: 'How the figures were coded',
		coding: [
			{
				name: 'Lower bounds.',
				text: [
					'Where the report gives a count as “at least” a number, the data flags it (',
					{ code: 'killed_is_minimum' },
					') and the dashboard writes “at least” and draws an open-ended, dashed arrow. Any total that includes such a count is itself a minimum.'
				]
			},
			{
				name: 'Approximate dates.',
				text: [
					'Where the report dates an event only relative to another (“a week after”), the data holds our best estimate and flags it (',
					{ code: 'date_approximate' },
					'); the incident chart draws its bar hollow and dashed, the timeline its dot as a dashed ring, and labels say “about”.'
				]
			},
			{
				name: 'Date precision.',
				text: [
					'Developments the report dates to a month or a year keep that precision (',
					{ code: '2012-04' },
					', ',
					{ code: '2012' },
					'), never an invented day, and a column beside each such date says how precise it is (',
					{ code: 'date_precision' },
					': day, month or year). Developments the report names without a date have an empty date.'
				]
			},
			{
				name: 'Numbers in words.',
				text: [
					'Where the report gives a number only as a word, the number is left empty and the word is kept (',
					{ code: 'convicted_words' },
					': “dozens”, “several”); it is never turned into a number or added to a total.'
				]
			},
			{
				name: 'Sentences.',
				text: [
					'A life sentence is coded ',
					{ code: 'sentence_max_life=true' },
					' and drawn as a bar that stops at a break and goes on as an arrow, never as a number of years. A sentence the report does not give is empty with ',
					{ code: 'sentence_stated=false' },
					', every sentence column left empty, and shown as “not stated”, never as zero.'
				]
			},
			{
				name: 'Summaries.',
				text: [
					'Every summary and label is written for this dashboard; the facts and figures are the report’s.'
				]
			}
		] as readonly { name: string; text: Rich }[],
		caveatsHeading: 'Caveats',
		significantOnly:
			'The report lists “significant” incidents only. The absence of incidents in other months does not mean none happened.'
	},
	/** The citations on the about page: the styles the edition gives, and the words they need. */
	cite: {
		styles: [
			{ id: 'apa', name: 'APA' },
			{ id: 'chicago', name: 'Chicago' }
		] as readonly { id: 'apa' | 'chicago' | 'edition'; name: string }[],
		/** The words of the edition's own style; unused in English, whose styles are APA and Chicago. */
		edition: {
			reportAuthor: 'United States Department of State',
			datasetAuthor: 'crt-dashboard contributors',
			reportTitle: 'Country Reports on Terrorism 2012 – Kazakhstan',
			datasetTitle: 'Country Reports on Terrorism 2012 – Kazakhstan: the figures',
			reportKind: 'report',
			datasetKind: (version: string) => `data set, version ${version}`,
			published: (date: string) => `published ${date}`,
			accessed: (date: string) => `accessed ${date}`
		},
		/** The report's citation in one sentence, for the overview. */
		reportLine: (parts: { publisher: string; title: string; year: string; date: string }) =>
			`${parts.publisher}, “${parts.title}”, ${parts.year} (published ${parts.date})`
	},
	/** The caveats that follow from how the data are coded (src/lib/server/caveats.ts). */
	caveats: {
		placeNotNamed: 'place not named',
		minimumItem: (place: string, date: string, bounded: string) => `${place}, ${date}: ${bounded}`,
		minimums: (n: number, list: string) =>
			`${n === 1 ? 'One death toll is' : `${n} death tolls are`} given as a minimum (${list}), so any sum of deaths that includes it is a minimum too.`,
		noTotal:
			'The report gives no total of deaths: the dashboard tells them apart as the report does, killed by security forces or dead in explosions, and gives a sum only beside them.',
		/** "the explosion of 11 July 2012 (8)": an incident in whom-died-in position. */
		incidentIn: (kind: IncidentKind, date: string, killed: string) =>
			`the ${kind} of ${date} (${killed})`,
		/** "the explosion of 11 July 2012": an incident whose date or place is spoken of. */
		incidentOf: (kind: IncidentKind, date: string) => `the ${kind} of ${date}`,
		unsaid: (list: string) =>
			`It says who died only as the report does, which does not say who died in ${list}.`,
		estimate: (incident: string) =>
			`The date of ${incident} is an estimate: the report dates it only relative to another event.`,
		noPlace: (list: string) => `The report names no place for ${list}; the place is left empty.`,
		caseIn: (city: string) => `the ${city} case`,
		noSentence: (list: string) =>
			`The report gives no sentence for ${list}; it is shown as “not stated”, never as zero.`,
		noTrials: (list: string) => `The report gives no number of trials for ${list}.`,
		/** Numbers the report gives only in words, by row id; English writes them from the rows. */
		inWordsItems: {} as Record<string, string>,
		inWords: (list: string) =>
			`The report gives some numbers only in words (${list}); they are kept as words, never turned into numbers or added to totals.`,
		undated: (n: number, count: string) =>
			`The report gives no date for ${n === 1 ? 'one development' : `${count} developments`} it names; their date is left empty and the timeline chart leaves them out.`,
		websiteItem: (agency: string, period: string) => `${agency}, ${period}`,
		websites: (list: string) =>
			`The website figures come from different agencies over different periods, so neither is a share of the other: ${list}.`,
		noDate: 'one without a date',
		noCountries: (n: number, count: string, list: string) =>
			`The report names no countries for ${n === 1 ? 'one cooperation event' : `${count} cooperation events`} (${list}), so none are listed.`
	},
	data: {
		title: 'Data and downloads',
		zip: {
			link: 'Everything in one ZIP',
			after: ' (CSV, JSON, data package, codebook and how to cite)'
		},
		datapackage: ': the Frictionless Data Package describing every table',
		codebook: 'Codebook (README.md)',
		changelog: {
			link: 'Changes (CHANGELOG.md)',
			after: ': each data version and what changed, renamed ids included'
		},
		version: (version: string, made: string) => `Data version ${version}, made ${made}.`,
		address: 'Dashboard address:',
		citeBefore: 'How to cite the data and the report, with BibTeX, RIS and CSL-JSON files: ',
		citeLink: 'About',
		readingHeading: 'Reading the tables',
		reading: [
			{
				name: 'Date precision.',
				text: [
					'A date is only as precise as the report gives it: ',
					{ code: '2012-09-12' },
					' (a day), ',
					{ code: '2012-04' },
					' (a month) or ',
					{ code: '2012' },
					' (a year). A column beside each such date, ending in ',
					{ code: '_precision' },
					', says which. Read these dates as text: a parser that reads ',
					{ code: '2012-04' },
					' as 1 April invents a day the report does not give. The codebook has one line each for pandas and R.'
				]
			},
			{
				name: 'Numbers in words.',
				text: [
					'Where the report gives a quantity only as a word (“dozens” of people convicted, “several” media outlets), the number cell is empty and the word is in the column beside it ending in ',
					{ code: '_words' },
					'. It is never a number and never part of a total.'
				]
			},
			{
				name: 'Undated developments.',
				text: [
					'Developments the report names without a date are rows of ',
					{ code: 'events.csv' },
					' with an empty date.'
				]
			},
			{
				name: 'Unknown is empty.',
				text: [
					'Where the report gives no sentence, every sentence column is empty, ',
					{ code: 'sentence_max_life' },
					' included.'
				]
			}
		] as readonly { name: string; text: Rich }[],
		sourceLead: 'Source:',
		sourceAfter: (date: string): Rich => [
			`, published ${date}. Every row names, in its `,
			{ code: 'section' },
			' column, the heading of the report it comes from.'
		],
		licence: 'Licence:',
		emptyCell:
			'An empty cell means the report does not state the value; it never stands for zero, nor for false.',
		rows: forms({ one: 'row', other: 'rows' }),
		codebookSummary: (columns: string) => `Codebook: ${columns}`,
		columns: forms({ one: 'column', other: 'columns' }),
		types: {
			string: 'string',
			integer: 'integer',
			number: 'number',
			boolean: 'boolean',
			date: 'date'
		} as Record<FieldType, string>,
		required: 'required',
		mayBeEmpty: 'may be empty',
		oneOf: 'one of',
		preview: 'Preview the rows',
		/** Said before the rows where the edition's language is not the data's; empty in English. */
		previewLanguage: '',
		/**
		 * The package's own words in the edition's language; null in English, which shows the
		 * package's. Keyed by resource name and field name; a missing one fails the build.
		 */
		package: null as {
			description: string;
			rights: string;
			licenses: Record<string, string>;
			resources: Record<string, { title: string; description: string }>;
			fields: Record<string, Record<string, string>>;
		} | null
	},
	notFound: {
		lede: 'There is no page at this address.',
		try: {
			before: 'Try the ',
			overview: 'overview',
			between: ', the ',
			data: 'data and downloads',
			or: ' or the ',
			about: 'sources and caveats',
			end: '.'
		}
	},
	error: {
		heading: 'Something went wrong',
		lede: 'This page could not be shown.',
		back: 'Back to the overview'
	}
};

export type PagesMessages = typeof pages;
export default pages;
