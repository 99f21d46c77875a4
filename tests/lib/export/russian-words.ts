/** Russian export words from the catalogue, and Cyrillic sentences for frames and cards. */
import type { ExportWords } from '../../../src/lib/export/words.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

export const russianWords: ExportWords = langFor('ru').m.export;

/** A Russian and a Kazakh sentence long enough to wrap, with the letters Kazakh adds. */
export const CYRILLIC = {
	title: 'Не менее 47 человек осуждены по делам о терроризме в 2012 году',
	summary:
		'Кемінде 47 адам сотталды: Атырау, Орал, Құлсары және Тараз қалаларындағы сот істері бойынша. Ұлттық қауіпсіздік комитеті (ҰҚК) мәліметтері; әғқңөұүһі.'
};
