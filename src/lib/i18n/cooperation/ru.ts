import { forms } from '../plural.ts';
import type { CooperationMessages } from './en.ts';

export default {
	title: 'Кто участвовал: страны каждого многостороннего события',
	// After «страны-участницы»: the genitive.
	developmentsOf: forms({
		one: 'многостороннего события',
		few: 'многосторонних событий',
		many: 'многосторонних событий',
		other: 'многостороннего события'
	}),
	countries: forms({ one: 'страна', few: 'страны', many: 'стран', other: 'страны' }),
	takeaway: (p) =>
		`Доклад называет страны-участницы ${p.developments}, всего ${p.countries}${p.common ? `; ${p.common} ${p.n === 1 ? 'участвует' : 'участвуют'} в каждом из них` : ''}.`,
	noDate: 'дата не указана',
	noDateTable: 'не указана',
	panelTitle: (label: string, date: string, countries: string, source: string) =>
		`${label} (${date}): ${countries}. ${source}`,
	noteFilled:
		'Страна закрашена и подписана, если доклад называет ее участницей события; для договора Таможенного союза — государства — члены союза.',
	noteFrame: (large: string) =>
		`У всех карт одна рамка, подобранная по названным странам; ${large} больше их всех вместе взятых и выходит за рамку.`,
	key: 'страна, которую доклад называет участницей события',
	columns: {
		development: 'Событие',
		date: 'Дата',
		country: 'Страна',
		code: 'Код ISO 3166-1',
		section: 'Источник'
	}
} satisfies CooperationMessages;
