/** What each page says about itself to search engines and social sites, and its share card's words. */
const share = {
	/** By page slug: the document title, the description, and a shorter summary for the card where it needs one. */
	pages: {
		overview: {
			title: 'Kazakhstan 2012 in figures: Country Reports on Terrorism',
			description:
				"The figures of the U.S. State Department's Country Reports on Terrorism 2012 chapter on Kazakhstan: deaths, convictions, sentences, websites and events, with sources and downloadable data.",
			cardSummary:
				'Deaths, convictions, sentences, websites and dated events from the chapter on Kazakhstan, with sources and data.'
		},
		incidents: {
			title: 'Incidents: deaths in 2012, by how they died',
			description:
				'Deaths in each violent incident the report describes in Kazakhstan in 2012: killed by security forces, or died in explosions.'
		},
		sentences: {
			title: 'Prison sentences by court case',
			description:
				'Compare the prison sentences handed down in the court cases the report describes.'
		},
		websites: {
			title: 'Websites reviewed and shut down',
			description: 'The two website figures of the report, each with its agency and period.'
		},
		timeline: {
			title: 'Timeline of 2012',
			description:
				'Every dated development of 2012 in the report, by theme, with the countries of each multinational event.'
		},
		places: {
			title: 'Places: where it happened, and who took part',
			description:
				'The places the report names on a map of Kazakhstan, with what happened at each, and the countries of each multinational development.'
		},
		data: {
			title: 'Data and downloads',
			description:
				'Download every table of the dashboard as CSV or JSON, with a Frictionless data package and a codebook.'
		},
		about: {
			title: 'About, sources and caveats',
			description:
				'How to cite the report and the dashboard, how the figures were coded, and every caveat in one place.'
		}
	} as Record<string, { title: string; description: string; cardSummary?: string }>,
	/** The home page's card names the report rather than the site. */
	homeCardTitle: 'Country Reports on Terrorism 2012: Kazakhstan',
	/** A view of the comparison, named by its cases. */
	viewTitle: (name: string) => `Prison sentences compared: ${name}`,
	documentTitle: (title: string, site: string) => `${title} · ${site}`,
	imageAlt: {
		page: (title: string) => `Share card: ${title}, with the source and the dashboard's address`,
		chart: (title: string) =>
			`Share card: ${title}, the chart with its source and the dashboard's address`,
		view: (title: string) =>
			`Share card: ${title}, the chart of these cases with its source and the dashboard's address`
	},
	notFound: 'Page not found',
	error: 'Error'
};

export type ShareMessages = typeof share;
export default share;
