import type { SortKey } from '../../sentences/state.ts';
import { forms } from '../plural.ts';
import type { SentencesMessages } from './en.ts';

/** «Тараздағы іс», «Тараздағы және Атыраудағы істер», with the case ending a sentence needs. */
const cases = {
	gen: (places: string, n: number) => `${places} ${n === 1 ? 'істің' : 'істердің'}`,
	loc: (places: string, n: number) => `${places} ${n === 1 ? 'істе' : 'істерде'}`
};

const SORTS: Record<SortKey, string> = {
	verdict: 'Үкім күні бойынша',
	min: 'Алдымен ең қысқа төменгі мерзім',
	max: 'Алдымен ең ұзақ жоғарғы мерзім',
	convicted: 'Алдымен сотталғандары көп іс'
};

export default {
	title: 'Әр сот ісі бойынша бас бостандығынан айыру мерзімдері',
	note: 'Әр жолақ іс бойынша ең қысқа мерзімнен ең ұзақ мерзімге дейінгі аралықты көрсетеді; баяндамада әр сотталушының мерзімі келтірілмеген.',
	// A Kazakh noun stays singular after a number: 1 адам, 47 адам.
	convictedCount: forms({ one: 'адам сотталды', other: 'адам сотталды' }),
	label: (p: { city: string; convicted: string }) => `${p.city} · ${p.convicted}`,
	notStatedBar: 'баяндамада мерзім көрсетілмеген',
	zeroYears: '0 жыл',
	markTitle: (p: {
		city: string;
		convicted: string;
		offence: string;
		sentence: string | null;
		section: string;
	}) =>
		`${p.city}: ${p.convicted}; қылмыс — ${lower(p.offence)}; ${p.sentence === null ? 'баяндамада мерзім көрсетілмеген' : `бас бостандығынан айыру мерзімі — ${p.sentence}`}. Дереккөз: баяндаманың «${p.section}» бөлімі.`,
	lifeNote: (city: string) =>
		`${city} қаласындағы іс бойынша ең ауыр жаза — өмір бойы бас бостандығынан айыру: оның жолағы жылдар шкаласының соңында үзіліспен аяқталып, жыл санымен емес, нұсқармен жалғасады, ал жазуы — «өмір бойы бас бостандығынан айыруға дейін».`,
	notStatedNote: (city: string) =>
		`${city} қаласындағы іс бойынша баяндамада мерзім көрсетілмеген: жолақ жоқ, бұл нөл жыл дегенді білдірмейді.`,
	desc: (p: { city: string; convicted: string; offence: string; sentence: string | null }) =>
		`${p.city}: ${p.convicted}; қылмыс — ${lower(p.offence)}; ${p.sentence === null ? 'баяндамада мерзім көрсетілмеген' : `бас бостандығынан айыру мерзімі — ${p.sentence}`}.`,
	caseCell: (p: { city: string; offence: string }) => `${p.city}: ${lower(p.offence)}`,
	noAttack: 'жоқ',
	columns: {
		case: 'Іс',
		verdict: 'Үкім',
		convicted: 'Сотталғандар',
		sentence: 'Мерзімдері',
		attack: 'Іс қатысты шабуыл'
	},
	takeawayNone: 'Баяндамада бірде-бір іс бойынша мерзім көрсетілмеген.',
	takeaway: (p: { range: string; spread: boolean; unstated: number }) =>
		`${p.spread ? 'Бас бостандығынан айыру мерзімдері —' : 'Көрсетілген мерзімдердің бәрі бірдей:'} ${p.range}${p.unstated ? `; ${p.unstated === 1 ? 'бір іс' : `${p.unstated} іс`} бойынша баяндамада мерзім көрсетілмеген` : ''}.`,
	key: {
		life: 'ең ауыр жаза — өмір бойы бас бостандығынан айыру: жолақ үзіліспен аяқталып, жыл санымен емес, нұсқармен жалғасады',
		notStated: 'жолақ жоқ: баяндамада мерзім көрсетілмеген, бұл нөл жыл емес'
	},
	sorts: SORTS,
	viewName: (p: { cities: string; sort: SortKey }) =>
		p.sort === 'verdict' ? p.cities : `${p.cities} (${lower(SORTS[p.sort])})`,
	viewTitle: (name: string) => `Бас бостандығынан айыру мерзімдерін салыстыру: ${name}`,
	where: {
		'taraz-attack-organisers': 'Тараздағы',
		'atyrau-bombing-organisers': 'Атыраудағы',
		'uralsk-terrorist-financing': 'Оралдағы'
	} as Record<string, string>,
	compare: {
		sharedMinimum: (p: { places: string; n: number; years: string }) =>
			`${cases.loc(p.places, p.n)} ең қысқа төменгі мерзім бірдей: ${p.years}.`,
		shortestMinimum: (p: { places: string; n: number; years: string }) =>
			`Ең қысқа төменгі мерзім — ${p.years}, ${cases.loc(p.places, p.n)}.`,
		shortestInOne: (p: { places: string; n: number; years: string }) =>
			`${cases.loc(p.places, p.n)} ең қысқа мерзім — ${p.years}.`,
		allLife:
			'Мерзімі көрсетілген барлық істе жаза өмір бойы бас бостандығынан айыруға дейін жетеді.',
		someLife: (p: { places: string; n: number; only: boolean }) =>
			`${p.only ? 'Тек ' : ''}${cases.loc(p.places, p.n)} жаза өмір бойы бас бостандығынан айыруға дейін жетеді.`,
		longest: (p: { places: string; n: number; years: string; lifeToo: boolean }) =>
			`Жылмен көрсетілген ең ұзақ мерзім — ${p.years}, ${cases.loc(p.places, p.n)}${p.lifeToo ? '; өмір бойы бас бостандығынан айыру одан да ауыр жаза' : ''}.`,
		noneStated: (p: { places: string; n: number }) =>
			`Баяндамада ${cases.gen(p.places, p.n)} мерзімі көрсетілмеген.`,
		someUnstated: (p: { places: string; n: number }) =>
			`Баяндамада ${cases.gen(p.places, p.n)} мерзімі көрсетілмеген, сондықтан ${p.n === 1 ? 'ол' : 'олар'} мерзімдерді салыстыруға қатыспайды.`,
		convictedInOne: (p: { places: string; people: string; verb: string }) =>
			`${cases.loc(p.places, 1)} ${p.people} ${p.verb}.`,
		convictedInAll: (p: {
			cases: string;
			people: string;
			verb: string;
			most: string;
			mostPeople: string;
			places: string;
			n: number;
		}) =>
			`Салыстырылған ${p.cases} істе барлығы ${p.people} ${p.verb}; ең көбі — ${p.n > 1 ? `${cases.loc(p.places, p.n)}, әрқайсысында ${p.mostPeople}` : `${p.mostPeople}, ${cases.loc(p.places, p.n)}`}.`
	},
	people: forms({ one: 'адам', other: 'адам' }),
	peopleVerb: forms({ one: 'сотталды', other: 'сотталды' }),
	controls: {
		nav: 'Істерді салыстыру',
		casesShown: 'Көрсетілген істер',
		atLeastOne: '(кемінде біреуі)',
		hide: 'Жасыру:',
		show: 'Көрсету:',
		only: 'Тек',
		about: (p: { convicted: string; sentence: string | null }) =>
			`(${p.convicted}, ${p.sentence ?? 'мерзімі көрсетілмеген'})`,
		order: 'Реті',
		detailsOf: 'Толығырақ:'
	},
	page: {
		heading: 'Сот істері және мерзімдер',
		lede: 'Баяндамада толық сипатталған сот істері: қанша адам сотталғаны және оларға қандай бас бостандығынан айыру мерзімі тағайындалғаны. Істерді қатар қойып салыстырыңыз: төмендегі әр таңдау — сілтеме беруге және бөлісуге болатын жеке бет.',
		noscriptBefore: 'Мекенжайында',
		noscriptAfter:
			'бар ескі үлгідегі сілтеме өзі атаған салыстыруды тек JavaScript қосулы болғанда ашады; онсыз бұл бетте барлық іс көрсетіледі. Жоғарыдағы таңдаулар кез келген жағдайда жұмыс істейді.',
		inWords: 'Салыстыру сөзбен',
		detailHint:
			'Іс туралы мәліметті осы жерде көру үшін оны «Толығырақ:» тармағынан таңдаңыз немесе оның жолына меңзерді апарыңыз, түртіңіз не Tab пернесімен өтіңіз.'
	},
	detail: {
		heading: (p: { city: string; where: string }) => `${p.where} іс`,
		where: 'Орны',
		onMap: (city: string) => `${city} картада`,
		sentences: 'Мерзімдері',
		convicted: 'Сотталғандар',
		trials: forms({ one: 'сот процесі', other: 'сот процесі' }),
		inTrials: (trials: string) => `${trials} барысында`,
		offence: 'Қылмыс',
		attack: 'Іс қатысты шабуыл',
		verdict: 'Үкім',
		summary: 'Қысқаша',
		source: 'Дереккөз',
		sourceName: (section: string) => `баяндаманың «${section}» бөлімі`
	}
} satisfies SentencesMessages;

function lower(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
