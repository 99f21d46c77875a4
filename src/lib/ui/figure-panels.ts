/** The sections of every figure, in order: stacked without JavaScript, tabs with it. */
export type PanelKey = 'chart' | 'table' | 'sources' | 'download';

/** The sections, in the order of their tabs; the first is shown first. */
export const PANELS: readonly { key: PanelKey; label: string }[] = [
	{ key: 'chart', label: 'Chart' },
	{ key: 'table', label: 'Table' },
	{ key: 'sources', label: 'Sources' },
	{ key: 'download', label: 'Download' }
];

/** Id of a figure's section, e.g. "websites-panel-table". */
export const panelId = (figure: string, key: PanelKey): string => `${figure}-panel-${key}`;

/** Id of the tab that shows a figure's section. */
export const tabId = (figure: string, key: PanelKey): string => `${figure}-tab-${key}`;

const FORMATS = [
	{ ext: 'bib', label: 'BibTeX' },
	{ ext: 'ris', label: 'RIS' },
	{ ext: 'json', label: 'CSL-JSON' }
] as const;

/** The citation files under /cite/ that a figure's sources link to, by work. */
export const CITE_LINKS = [
	{ name: 'the report', work: 'report' },
	{ name: 'the tables', work: 'dataset' }
].map(({ name, work }) => ({
	name,
	files: FORMATS.map(({ ext, label }) => ({ file: `${work}.${ext}`, label }))
}));
