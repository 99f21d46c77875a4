/** The words of exported images and share cards, in English: the type every edition's must match. */
import type { ExportWords } from '../../export/words.ts';
import { formatFor } from '../../format/index.ts';
import { REPORT } from '../../report.ts';
import { forms } from '../plural.ts';

const f = formatFor('en');

const words: ExportWords = {
	source: ({ sections }) =>
		`Source: ${REPORT.publisher}, ${REPORT.title} (2013), ${f.plural(sections.length, forms({ one: 'section', other: 'sections' }))} ${f.list(sections.map((s) => `“${s}”`))}.`,
	sourceShort: () => `Source: ${REPORT.publisher}, ${REPORT.title} (2013)`,
	note: ({ note }) => `Note: ${note}`,
	data: ({ licence }) => `Data: ${licence}`,
	separator: ' · '
};

export type ExportMessages = typeof words;
export default words;
