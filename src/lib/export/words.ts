/** The shape of the words of exported images and share cards; each edition's are in its catalogue (src/lib/i18n/export). */
import type { Section } from '../data/types.ts';

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
