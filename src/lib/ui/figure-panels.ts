/** The sections of every figure, in order: stacked without JavaScript, tabs with it. */
export type PanelKey = 'chart' | 'table' | 'sources' | 'download';

/** The sections, in the order of their tabs; the first is shown first. Their names are in the ui catalogue. */
export const PANELS: readonly { key: PanelKey }[] = [
	{ key: 'chart' },
	{ key: 'table' },
	{ key: 'sources' },
	{ key: 'download' }
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

/** The citation files under /cite/ that a figure's sources link to, by work; the works' names are in the ui catalogue. */
export const CITE_LINKS = (['report', 'dataset'] as const).map((work) => ({
	work,
	files: FORMATS.map(({ ext, label }) => ({ file: `${work}.${ext}`, label }))
}));
