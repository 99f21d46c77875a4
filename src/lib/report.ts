/** The report every figure comes from: a module of its own, so that catalogues can name it. */
export const REPORT = {
	title: 'Country Reports on Terrorism 2012 – Kazakhstan',
	publisher: 'United States Department of State',
	published: '2013-05-30',
	url: 'https://www.refworld.org/docid/51a86e8418.html'
} as const;
