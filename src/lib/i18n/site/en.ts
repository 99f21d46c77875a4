/** The words of every page's frame: the site's name, navigation, language switcher, notice and footer. */
const site = {
	name: 'Kazakhstan 2012: the terrorism report in figures',
	shortName: 'Kazakhstan 2012 in figures',
	skip: 'Skip to content',
	sections: 'Sections',
	nav: {
		overview: 'Overview',
		incidents: 'Incidents',
		sentences: 'Sentences',
		websites: 'Websites',
		timeline: 'Timeline',
		places: 'Places',
		data: 'Data',
		about: 'About'
	},
	/** The language switcher's accessible name. */
	languages: 'Language',
	/** The report's title in this language, shown beside its English title; empty in English. */
	reportTitle: '',
	publisher: 'United States Department of State',
	/** Near the top of a translated page: whose translation it is, and a link to the English page. */
	notice: { text: '', link: '' },
	footer: {
		figuresFrom: 'Figures from',
		published: (publisher: string, date: string) => `${publisher}, published ${date}.`,
		ownWords: 'Summaries and labels are this dashboard’s own words.',
		cite: 'How to cite, and the caveats',
		printed: (url: string, version: string, made: string) =>
			`Printed from ${url} (data version ${version} of ${made}).`
	}
};

export type SiteMessages = typeof site;
export default site;
