/** Russian export words written for the tests, so Cyrillic frames and cards are checked without the catalogues. */
import type { ExportWords } from '../../../src/lib/export/words.ts';
import { listInWords, plural } from '../../../src/lib/format/index.ts';

const REPORT =
	'Государственный департамент США, «Страновые доклады о терроризме за 2012 год – Казахстан» (2013)';

export const russianWords: ExportWords = {
	source: ({ sections }) =>
		`Источник: ${REPORT}, ${plural(sections.length, 'раздел', 'разделы', 'ru')} ${listInWords(
			sections.map((s) => `«${s}»`),
			'ru'
		)}.`,
	sourceShort: () => `Источник: ${REPORT}`,
	note: ({ note }) => `Примечание: ${note}`,
	data: ({ licence }) => `Данные: ${licence}`,
	separator: ' · '
};

/** A Russian and a Kazakh sentence long enough to wrap, with the letters Kazakh adds. */
export const CYRILLIC = {
	title: 'Не менее 47 человек осуждены по делам о терроризме в 2012 году',
	summary:
		'Кемінде 47 адам сотталды: Атырау, Орал, Құлсары және Тараз қалаларындағы сот істері бойынша. Ұлттық қауіпсіздік комитеті (ҰҚК) мәліметтері; әғқңөұүһі.'
};
