import { formatFor } from '../../format/index.ts';
import { REPORT } from '../../report.ts';
import { forms } from '../plural.ts';
import type { ExportMessages } from './en.ts';

const f = formatFor('ru');
// The report's title stays in English, as it was published; its sections keep their English headings.
const REPORT_RU = `Государственный департамент США, доклад «${REPORT.title}» (2013)`;

export default {
	source: ({ sections }) =>
		`Источник: ${REPORT_RU}, ${f.plural(sections.length, forms({ one: 'раздел', few: 'разделы', many: 'разделы', other: 'разделы' }))} ${f.list(sections.map((s) => `«${s}»`))}.`,
	sourceShort: () => `Источник: ${REPORT_RU}`,
	note: ({ note }) => `Примечание: ${note}`,
	data: ({ licence }) => `Данные: ${licence}`,
	separator: ' · '
} satisfies ExportMessages;
