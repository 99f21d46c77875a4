import type { Section } from '../../data/types.ts';
import { forms } from '../plural.ts';

/** The words of every figure's frame (tabs, sources, downloads, embed codes) and the embed page. */
const ui = {
	panels: { chart: 'Chart', table: 'Table', sources: 'Sources', download: 'Download' },
	/** What the enhancement script says after a copy; read by it from data-says-* attributes. */
	says: {
		linkCopied: 'Link copied.',
		/** Followed by the link itself. */
		linkFailed: 'Copy this link: ',
		embedCopied: 'Embed code copied.',
		embedFailed: 'Select the code and copy it.'
	},
	download: (format: string) => `Download ${format}`,
	permalink: 'Link to this chart',
	copyLink: 'Copy link',
	share: 'Share…',
	copyEmbed: 'Copy embed code',
	embedResponsive: {
		summary: 'Embed this chart at its own height',
		label:
			'Paste this code into a web page; a one-line script sets the frame’s height to the chart’s, at any width, and the chart keeps its title and source line.'
	},
	embedFixed: {
		summary: 'Embed this chart at a fixed height, without a script',
		label: (from: string, to: string) =>
			`Its height fits a frame ${from} to ${to} px wide; in a narrower frame the chart scrolls.`
	},
	/** "Cite the report (files) and the tables (files); see how to cite.", in pieces around the links. */
	cite: {
		before: 'Cite ',
		report: 'the report',
		between: ' and ',
		dataset: 'the tables',
		after: '; see ',
		how: 'how to cite',
		end: '.'
	},
	/** The chart key's accessible name. */
	key: 'Key',
	scrollHint: 'Scroll sideways to see every column.',
	source: {
		lead: 'Source:',
		/** The word for the report's sections, before their names in English, after them in Kazakh. */
		section: forms({ one: 'section', other: 'sections' }),
		sectionAfter: false,
		and: ' and ',
		quote: (name: string) => `“${name}”`
	},
	/** The report's section headings in the edition's language; English keeps the report's. */
	sections: {
		Overview: 'Overview',
		'2012 Terrorist Incidents': '2012 Terrorist Incidents',
		'Legislation, Law Enforcement, and Border Security':
			'Legislation, Law Enforcement, and Border Security',
		'Countering Terrorist Finance': 'Countering Terrorist Finance',
		'Regional and International Cooperation': 'Regional and International Cooperation',
		'Countering Radicalization and Violent Extremism':
			'Countering Radicalization and Violent Extremism'
	} as Record<Section, string>,
	embed: { open: 'Open in the dashboard', data: 'Data (CSV)' }
};

export type UiMessages = typeof ui;
export default ui;
