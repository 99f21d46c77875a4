import type { SortKey } from '../../sentences/state.ts';
import { forms } from '../plural.ts';
import type { SentencesMessages } from './en.ts';

/** «дело в Таразе», «дела в Таразе и в Атырау», in the case a sentence needs: `places` is already a list. */
const cases = {
	nom: (places: string, n: number) => `${n === 1 ? 'дело' : 'дела'} ${places}`,
	gen: (places: string, n: number) => `${n === 1 ? 'дела' : 'дел'} ${places}`,
	dat: (places: string, n: number) => `${n === 1 ? 'делу' : 'делам'} ${places}`
};

const SORTS: Record<SortKey, string> = {
	verdict: 'По дате приговора',
	min: 'Сначала наименьший минимальный срок',
	max: 'Сначала наибольший максимальный срок',
	convicted: 'Сначала больше осуждённых'
};

export default {
	title: 'Сроки лишения свободы по каждому делу',
	note: 'Каждая полоса охватывает сроки от наименьшего до наибольшего по делу; срок каждого осуждённого в докладе не приводится.',
	convictedCount: forms({
		one: 'осуждённый',
		few: 'осуждённых',
		many: 'осуждённых',
		other: 'осуждённого'
	}),
	label: (p: { city: string; convicted: string }) => `${p.city} · ${p.convicted}`,
	notStatedBar: 'срок в докладе не указан',
	zeroYears: '0 лет',
	markTitle: (p: {
		city: string;
		convicted: string;
		offence: string;
		sentence: string | null;
		section: string;
	}) =>
		`${p.city}: ${p.convicted}; преступление — ${lower(p.offence)}; ${p.sentence === null ? 'срок в докладе не указан' : `сроки лишения свободы — ${p.sentence}`}. Источник: раздел доклада «${p.section}».`,
	lifeNote: (city: string) =>
		`По делу в городе ${city} наибольшее наказание — пожизненное лишение свободы: полоса обрывается разрывом в конце шкалы лет и продолжается стрелкой, а не числом лет, и подпись к ней — «до пожизненного лишения свободы».`,
	notStatedNote: (city: string) =>
		`По делу в городе ${city} срок в докладе не указан: полосы нет, и это не означает ноль лет.`,
	desc: (p: { city: string; convicted: string; offence: string; sentence: string | null }) =>
		`${p.city}: ${p.convicted}; преступление — ${lower(p.offence)}; ${p.sentence === null ? 'срок в докладе не указан' : `сроки лишения свободы — ${p.sentence}`}.`,
	caseCell: (p: { city: string; offence: string }) => `${p.city}: ${lower(p.offence)}`,
	noAttack: 'нет',
	columns: {
		case: 'Дело',
		verdict: 'Приговор',
		convicted: 'Осуждены',
		sentence: 'Сроки',
		attack: 'Нападение, к которому относится дело'
	},
	takeawayNone: 'Ни по одному делу срок в докладе не указан.',
	takeaway: (p: { range: string; spread: boolean; unstated: number }) =>
		`${p.spread ? 'Сроки лишения свободы —' : 'Все указанные сроки одинаковы:'} ${p.range}${p.unstated ? `; по ${p.unstated === 1 ? 'одному делу' : `${p.unstated} делам`} срок в докладе не указан` : ''}.`,
	key: {
		life: 'наибольшее наказание — пожизненное лишение свободы: полоса обрывается разрывом и продолжается стрелкой, а не числом лет',
		notStated: 'нет полосы: срок в докладе не указан, и это не ноль лет'
	},
	sorts: SORTS,
	viewName: (p: { cities: string; sort: SortKey }) =>
		p.sort === 'verdict' ? p.cities : `${p.cities} (${lower(SORTS[p.sort])})`,
	viewTitle: (name: string) => `Сравнение сроков лишения свободы: ${name}`,
	where: {
		'taraz-attack-organisers': 'в Таразе',
		'atyrau-bombing-organisers': 'в Атырау',
		'uralsk-terrorist-financing': 'в Уральске'
	} as Record<string, string>,
	compare: {
		sharedMinimum: (p: { places: string; n: number; years: string }) =>
			`У ${cases.gen(p.places, p.n)} одинаковый наименьший минимальный срок: ${p.years}.`,
		shortestMinimum: (p: { places: string; n: number; years: string }) =>
			`Наименьший минимальный срок — ${p.years}, по ${cases.dat(p.places, p.n)}.`,
		shortestInOne: (p: { places: string; n: number; years: string }) =>
			`Наименьший срок по ${cases.dat(p.places, p.n)} — ${p.years}.`,
		allLife: 'Во всех делах, где срок указан, наказание доходит до пожизненного лишения свободы.',
		someLife: (p: { places: string; n: number; only: boolean }) =>
			`${p.only ? 'Только по' : 'По'} ${cases.dat(p.places, p.n)} наказание доходит до пожизненного лишения свободы.`,
		longest: (p: { places: string; n: number; years: string; lifeToo: boolean }) =>
			`Наибольший срок, выраженный в годах, — ${p.years}, по ${cases.dat(p.places, p.n)}${p.lifeToo ? '; пожизненное лишение свободы — ещё более суровое наказание' : ''}.`,
		noneStated: (p: { places: string; n: number }) =>
			`По ${cases.dat(p.places, p.n)} срок в докладе не указан.`,
		someUnstated: (p: { places: string; n: number }) =>
			`По ${cases.dat(p.places, p.n)} срок в докладе не указан, поэтому в сравнении сроков ${p.n === 1 ? 'оно не участвует' : 'они не участвуют'}.`,
		convictedInOne: (p: { places: string; people: string; verb: string }) =>
			`По ${cases.dat(p.places, 1)} ${p.verb} ${p.people}.`,
		convictedInAll: (p: {
			cases: string;
			people: string;
			verb: string;
			most: string;
			mostPeople: string;
			places: string;
			n: number;
		}) =>
			`Всего по ${p.cases} сравниваемым делам ${p.verb} ${p.people}; больше всего — ${p.n > 1 ? `по ${p.mostPeople} — по каждому из ${cases.gen(p.places, p.n)}` : `${p.mostPeople} — по ${cases.dat(p.places, p.n)}`}.`
	},
	people: forms({ one: 'человек', few: 'человека', many: 'человек', other: 'человека' }),
	peopleVerb: forms({ one: 'осуждён', few: 'осуждены', many: 'осуждены', other: 'осуждены' }),
	controls: {
		nav: 'Сравнение дел',
		casesShown: 'Показанные дела',
		atLeastOne: '(не менее одного)',
		hide: 'Скрыть',
		show: 'Показать',
		only: 'Только',
		about: (p: { convicted: string; sentence: string | null }) =>
			`(${p.convicted}, ${p.sentence ?? 'срок не указан'})`,
		order: 'Порядок',
		detailsOf: 'Подробнее о деле'
	},
	page: {
		heading: 'Судебные дела и сроки',
		lede: 'Судебные дела, о которых доклад сообщает подробно: сколько человек осуждено и к каким срокам лишения свободы. Сравните дела между собой: каждый выбор ниже — отдельная страница, на которую можно сослаться и которой можно поделиться.',
		noscriptBefore: 'Ссылка старого вида, с',
		noscriptAfter:
			'в адресе, открывает нужное сравнение только при включённом JavaScript; без него на этой странице показаны все дела. Выбор выше работает в любом случае.',
		inWords: 'Сравнение словами',
		detailHint:
			'Выберите дело в пункте «Подробнее о деле» или наведите указатель на его строку, коснитесь её или перейдите к ней клавишей Tab, чтобы увидеть подробности здесь.'
	},
	detail: {
		heading: (p: { city: string; where: string }) => `Дело ${p.where}`,
		where: 'Где',
		onMap: (city: string) => `${city} на карте`,
		sentences: 'Сроки',
		convicted: 'Осуждены',
		trials: forms({ one: 'процесса', few: 'процессов', many: 'процессов', other: 'процесса' }),
		inTrials: (trials: string) => `в ходе ${trials}`,
		offence: 'Преступление',
		attack: 'Нападение, к которому относится дело',
		verdict: 'Приговор',
		summary: 'Кратко',
		source: 'Источник',
		sourceName: (section: string) => `раздел доклада «${section}»`
	}
} satisfies SentencesMessages;

function lower(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
