import { forms, type PluralForms } from '../plural.ts';
import type { HomeMessages } from './en.ts';

const rules = new Intl.PluralRules('ru');
/** The word for `n` among a noun's forms: the noun's case after a number is the catalogue's to choose. */
const pick = (n: number, words: PluralForms) => words[rules.select(n)] ?? words.other;
/** 1 человек, 2 человека, 5 человек. */
const PEOPLE = forms({ one: 'человек', few: 'человека', many: 'человек', other: 'человека' });
const convicted = (n: number) => (rules.select(n) === 'one' ? 'осуждён' : 'осуждены');
/** "по 1 делу", "по 2 делам": cases after "по", in the dative. */
const CASES = forms({ one: 'делу', few: 'делам', many: 'делам', other: 'дела' });

export default {
	title: 'Что считает доклад и к чему относится каждое число',
	lede: 'Все числа из главы о Казахстане в докладе Государственного департамента США за 2012 год — с разделом, из которого каждое взято, и с данными для скачивания.',
	details: 'Подробнее',
	source: 'источник:',
	deathsContext: (p) => `${p.context}; ${p.who}`,
	convicted: {
		label: (p) => `${pick(p.n, PEOPLE)} ${convicted(p.n)} по ${p.cases}`,
		// Read after "по": по 3 подробно описанным делам.
		cases: forms({
			one: 'подробно описанному делу',
			few: 'подробно описанным делам',
			many: 'подробно описанным делам',
			other: 'подробно описанного дела'
		}),
		context: (p) => `дела, которые доклад описывает подробно: ${p.list}`,
		noCase: 'доклад не описывает подробно ни одного дела',
		item: (p) => `${p.count} — ${p.concern}`,
		overAttacks: (p) => `за нападения ${p.year} года`,
		uncounted: (p) =>
			`Доклад также упоминает осуждённых за год, не называя числа (${p.words}); в этот подсчёт они не входят.`
	},
	sentences: {
		label: 'сроки лишения свободы',
		context: (p) =>
			`разброс назначенных сроков${p.notStated ? `; по ${p.count} ${pick(p.notStated, CASES)} срок не указан` : ''}`
	},
	websites: {
		context: (p) => `${p.according}, ${p.period}`
	},
	locator: (p) =>
		`: карта всех мест, которые называет доклад, и того, что там произошло. ${p.credit}`,
	cite: 'Как цитировать доклад',
	citation: {
		before: (p) => `${p.publisher}. «`,
		close: '»',
		after: (p) => `, ${p.year} (опубликован ${p.published}). ${p.url}`
	},
	read: 'Читать доклад на сайте Refworld',
	quote: (p) => `«${p.words}»`
} satisfies HomeMessages;
