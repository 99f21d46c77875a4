/** The words of exported images and share cards, in English: one object, swapped whole for another language. */
import type { Section } from '../data/types.ts';
import { listInWords, plural } from '../format/index.ts';
import { REPORT } from '../source.ts';

/** The licence of the published tables (datapackage.json), named on every exported image. */
export const DATA_LICENCE = 'CC0 1.0';

/** Every word an exported image or share card says besides the chart's own. */
export interface ExportWords {
	/** The frame's source line: the report and the sections the figures come from. */
	source(p: { sections: readonly Section[] }): string;
	/** The share card's shorter source line: the report alone. */
	sourceShort(): string;
	/** A note under the chart. */
	note(p: { note: string }): string;
	/** The licence of the data. */
	data(p: { licence: string }): string;
	/** What joins the parts of a footer line. */
	separator: string;
}

export const englishWords: ExportWords = {
	source: ({ sections }) =>
		`Source: ${REPORT.publisher}, ${REPORT.title} (2013), ${plural(sections.length, 'section', 'sections')} ${listInWords(sections.map((s) => `“${s}”`))}.`,
	sourceShort: () => `Source: ${REPORT.publisher}, ${REPORT.title} (2013)`,
	note: ({ note }) => `Note: ${note}`,
	data: ({ licence }) => `Data: ${licence}`,
	separator: ' · '
};
