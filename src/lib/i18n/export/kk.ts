import { formatFor } from '../../format/index.ts';
import { REPORT } from '../../report.ts';
import type { ExportMessages } from './en.ts';

const f = formatFor('kk');
// The report's title stays in English, as it was published; its sections keep their English headings.
const REPORT_KK = `АҚШ Мемлекеттік департаменті, «${REPORT.title}» баяндамасы (2013)`;

export default {
	// "«A» бөлімі" for one section, "«A» және «B» бөлімдері" for several.
	source: ({ sections }) =>
		`Дереккөз: ${REPORT_KK}, ${f.list(sections.map((s) => `«${s}»`))} ${sections.length === 1 ? 'бөлімі' : 'бөлімдері'}.`,
	sourceShort: () => `Дереккөз: ${REPORT_KK}`,
	note: ({ note }) => `Ескертпе: ${note}`,
	data: ({ licence }) => `Деректер: ${licence}`,
	separator: ' · '
} satisfies ExportMessages;
