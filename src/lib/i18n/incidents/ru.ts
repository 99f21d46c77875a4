import type { Clause, IncidentsMessages } from './en.ts';
import { forms, type PluralForms } from '../plural.ts';

const rules = new Intl.PluralRules('ru');
/** The word for `n` among a noun's forms: the noun's case after a number is the catalogue's to choose. */
const pick = (n: number, words: PluralForms) => words[rules.select(n)] ?? words.other;

/** "9 погибших", and after "не менее", which asks for the genitive: "не менее 1 погибшего". */
const DEAD = forms({ one: 'погибший', few: 'погибших', many: 'погибших', other: 'погибшего' });
const DEAD_GENITIVE = forms({
	one: 'погибшего',
	few: 'погибших',
	many: 'погибших',
	other: 'погибшего'
});
const KILLED = forms({ one: 'убитый', few: 'убитых', many: 'убитых', other: 'убитого' });
const KILLED_GENITIVE = forms({ one: 'убитого', few: 'убитых', many: 'убитых', other: 'убитого' });
/** "1 человек", "2 человека", "5 человек"; after "не менее": "не менее 2 человек". */
const PEOPLE = forms({ one: 'человек', few: 'человека', many: 'человек', other: 'человека' });
const PEOPLE_GENITIVE = forms({
	one: 'человека',
	few: 'человек',
	many: 'человек',
	other: 'человека'
});
const dead = (n: number, isMinimum: boolean) => pick(n, isMinimum ? DEAD_GENITIVE : DEAD);
const people = (n: number, isMinimum: boolean) => pick(n, isMinimum ? PEOPLE_GENITIVE : PEOPLE);
/** "погиб" after one person, "погибли" after more. */
const died = (n: number, isMinimum: boolean) =>
	!isMinimum && rules.select(n) === 'one' ? 'погиб' : 'погибли';
/** "при 1 взрыве", "при 2 взрывах". */
const AT_BLASTS = forms({ one: 'взрыве', few: 'взрывах', many: 'взрывах', other: 'взрыва' });

export default {
	title: 'Погибшие в каждом инциденте 2012 года и обстоятельства их гибели',
	kind: { 'security operation': 'спецоперация', explosion: 'взрыв' },
	toll: {
		'security operation': (p) => `${p.value} ${pick(p.n, p.isMinimum ? KILLED_GENITIVE : KILLED)}`,
		explosion: (p) => `${p.value} ${dead(p.n, p.isMinimum)}`
	},
	who: {
		suspects: 'погибшие описаны как подозреваемые',
		'not stated': 'кто погиб, не указано'
	},
	placeNotNamed: 'место не названо',
	detail: (p) => `${p.place}; ${p.who}`,
	days: forms({ one: 'день', few: 'дня', many: 'дней', other: 'дня' }),
	gapLater: (p) => `${p.approximate ? 'примерно ' : ''}через ${p.days}`,
	gapSameDay: (p) => `${p.approximate ? 'примерно ' : ''}в тот же день`,
	heading: (p) => `${p.date}: ${p.kind}`,
	markTitle: (p) =>
		`${p.date}${p.approximate ? ' (оценка: в докладе дата дана лишь относительно другого события)' : ''}: ${p.kind}, ${p.toll}; ${p.who}; ${p.place}. Источник: раздел доклада «${p.source}».`,
	deaths: {
		label: {
			'security operation': (p) => `${dead(p.n, p.isMinimum)} от действий силовых структур`,
			explosion: (p) => `${dead(p.n, p.isMinimum)} при взрывах`
		},
		incidents: {
			// After "в ходе": в ходе 1 спецоперации, 2 спецопераций, 5 спецопераций.
			'security operation': forms({
				one: 'спецоперации',
				few: 'спецопераций',
				many: 'спецопераций',
				other: 'спецоперации'
			}),
			explosion: forms({ one: 'взрыв', few: 'взрыва', many: 'взрывов', other: 'взрыва' })
		},
		context: {
			'security operation': (p) => `в ходе ${p.incidents} против подозреваемых`,
			explosion: (p) =>
				`${p.incidents}; причиной доклад называет обращение предполагаемых экстремистов со взрывчаткой`
		},
		clause: {
			'security operation': (p: Clause) =>
				`${p.value} ${people(p.n, p.isMinimum)} ${died(p.n, p.isMinimum)} от действий силовых структур ${p.context}`,
			explosion: (p: Clause) =>
				`${p.value} ${people(p.n, p.isMinimum)} ${died(p.n, p.isMinimum)} при ${p.incidents} ${pick(p.nIncidents, AT_BLASTS)}, причиной которых доклад называет обращение предполагаемых экстремистов со взрывчаткой`
		},
		allSuspects: 'по описанию доклада, все они — подозреваемые',
		noneDescribed: 'кем они были, в докладе не указано',
		someSuspects: (p) =>
			`подозреваемых среди них: ${p.suspects}; кем были остальные (${p.others}), в докладе не указано`,
		totalNote: (p) => `Общего числа доклад не приводит; по нашему подсчёту, в сумме — ${p.total}.`,
		none: 'В докладе не описано ни одного погибшего в инцидентах.'
	},
	key: {
		'security operation': (p) => `«${p.kind}»: люди, погибшие от действий силовых структур`,
		explosion: (p) =>
			`«${p.kind}»: люди, погибшие при взрыве, причиной которого доклад называет обращение предполагаемых экстремистов со взрывчаткой`,
		lowerBound: 'число, которое доклад даёт как нижнюю границу («не менее»)',
		approximate:
			'«примерно»: день, который доклад указывает лишь относительно другой даты; показанный день — наша оценка'
	},
	desc: (p) => `${p.date}, ${p.place}, ${p.kind}: ${p.toll}; ${p.who}.`,
	placeNotStated: 'место не указано',
	notes: {
		minimum: (p) =>
			`Число погибших ${p.date} — минимальное: в докладе сказано «не менее ${p.value}». Это отмечает пунктирная стрелка; любая сумма, в которую входит это число, тоже минимальна.`,
		approximate: (p) =>
			`Дата «${p.date}» (${p.kind}) — оценка: в докладе событие датировано лишь относительно другого. Его полоса полая, с пунктирным контуром.`,
		order: 'Строки идут по датам; число дней между двумя инцидентами написано между их строками.'
	},
	table: {
		killed: 'Погибшие',
		date: 'Дата',
		kind: 'Что произошло',
		place: 'Место',
		who: 'Кто погиб'
	},
	whoShort: { suspects: 'подозреваемые', 'not stated': 'не указано' },
	page: {
		title: 'Инциденты с применением насилия',
		lede: 'Инциденты 2012 года с применением насилия, описанные в докладе: когда и где они произошли, что случилось и сколько людей погибло.',
		howTheyDied: 'Как погибли люди',
		each: 'Каждый инцидент',
		source: 'Источник'
	},
	summaries: {
		'almaty-safe-house-blast':
			'Взрыв в доме, где, по данным силовых структур, экстремистская ячейка собирала бомбу; погибли восемь человек.',
		'almaty-follow-up-operation':
			'Спецоперация после взрыва 11 июля: силовые структуры убили девятерых подозреваемых, которые, по имеющимся сведениям, отказались сдаться.',
		'accidental-explosion-before-raid':
			'Предполагаемые экстремисты случайно привели в действие взрывное устройство, один из них погиб; доклад датирует это лишь как «за неделю до спецоперации в Кульсары».',
		'kulsary-apartment-raid':
			'Силовые структуры провели спецоперацию в многоквартирном доме в Кульсары и убили предполагаемых экстремистов; число погибших доклад даёт как минимальное.'
	},
	regions: {
		'almaty-safe-house-blast': 'окрестности Алматы',
		'kulsary-apartment-raid': 'Западный Казахстан'
	}
} satisfies IncidentsMessages;
