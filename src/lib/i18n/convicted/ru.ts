import { forms, type PluralForms } from '../plural.ts';
import type { ConvictedMessages } from './en.ts';

const rules = new Intl.PluralRules('ru');
/** The word for `n` among a noun's forms: the noun's case after a number is the catalogue's to choose. */
const pick = (n: number, words: PluralForms) => words[rules.select(n)] ?? words.other;
/** 1 человек, 2 человека, 5 человек. */
const PEOPLE = forms({ one: 'человек', few: 'человека', many: 'человек', other: 'человека' });
/** 1 дело, 2 дела, 5 дел. */
const CASES = forms({ one: 'дело', few: 'дела', many: 'дел', other: 'дела' });
/** "осуждён 1 человек", "осуждены 5 человек". */
const convicted = (n: number) => (rules.select(n) === 'one' ? 'осуждён' : 'осуждены');

export default {
	title: 'Осуждённые по каждому судебному делу',
	takeaway: (p) =>
		`Доклад подробно описывает ${p.cases} ${pick(p.nCases, CASES)}, по которым ${convicted(p.nTotal)} ${p.total} ${pick(p.nTotal, PEOPLE)}${p.top ? `; из них ${p.top.count} — по делу, рассмотренному в городе ${p.top.city}` : ''}.`,
	desc: (p) => `${p.city}: ${convicted(p.n)} ${p.count} ${pick(p.n, PEOPLE)}.`,
	markTitle: (p) =>
		`${p.city}: ${convicted(p.n)} ${p.count} ${pick(p.n, PEOPLE)}. Источник: раздел доклада «${p.source}».`,
	dozensNote:
		'Доклад также сообщает, что за год десятки людей были осуждены за терроризм или экстремизм, но числа не приводит; здесь учтены только дела, которые доклад описывает подробно.',
	table: { city: 'Дело', convicted: 'Осуждены' },
	offences: {
		'taraz-attack-organisers': 'Организация террористического акта',
		'atyrau-bombing-organisers': 'Организация взрывов у зданий государственных органов',
		'uralsk-terrorist-financing': 'Финансирование террористической группы',
		'convictions-during-2012': 'Терроризм или экстремизм',
		'opposition-media-outlets': 'Экстремизм'
	},
	convictedFor: {
		'taraz-attack-organisers': 'за организацию террористического акта',
		'atyrau-bombing-organisers': 'за организацию взрывов у зданий государственных органов',
		'uralsk-terrorist-financing': 'за финансирование террористической группы',
		'convictions-during-2012': 'за терроризм или экстремизм',
		'opposition-media-outlets': 'за экстремизм'
	},
	groups: {
		'atyrau-bombing-organisers': '«Джунд аль-Халифат»',
		'uralsk-terrorist-financing': 'Союз исламского джихада'
	},
	countWords: {
		'convictions-during-2012': 'десятки',
		'opposition-media-outlets': 'несколько'
	},
	summaries: {
		'taraz-attack-organisers':
			'Пятеро осуждены за организацию нападения в Таразе в ноябре 2011 года, которое, как отмечает доклад, совершил один вооружённый человек; сроки — от пяти лет до пожизненного лишения свободы.',
		'atyrau-bombing-organisers':
			'В двух процессах виновными признаны 47 подсудимых по делу о взрывах у зданий государственных органов в Атырау 31 октября 2011 года; сроки — от пяти до пятнадцати лет. Ответственность за нападение взяла на себя группа «Джунд аль-Халифат».',
		'uralsk-terrorist-financing':
			'Трое подсудимых осуждены по статьям о финансировании терроризма за денежную поддержку Союза исламского джихада; срок наказания в докладе не указан.',
		'convictions-during-2012':
			'За год суды осудили десятки людей по обвинениям в терроризме или экстремизме, в том числе за материальную поддержку террористических групп и распространение запрещённых экстремистских материалов; ни числа, ни городов, ни сроков доклад не приводит.',
		'opposition-media-outlets':
			'Суды признали несколько оппозиционных СМИ виновными в экстремизме и постановили закрыть их; по оценке доклада, убедительных доказательств какой-либо связи с терроризмом при этом не было. Число изданий не указано.'
	}
} satisfies ConvictedMessages;
