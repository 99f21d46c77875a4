import { forms } from '../plural.ts';
import type { HomeMessages } from './en.ts';

// A Kazakh noun stays singular after a number: 3 іс, 55 адам.
export default {
	title: 'Баяндама нені санайды және әр сан нені қамтиды',
	lede: 'АҚШ Мемлекеттік департаментінің 2012 жылғы баяндамасының Қазақстан туралы тарауындағы барлық сандар — әрқайсысы алынған бөліммен және жүктеп алуға болатын деректермен.',
	details: 'Толығырақ',
	source: 'дереккөз:',
	deathsContext: (p) => `${p.context}; ${p.who}`,
	convicted: {
		label: (p) => `адам сотталды (баяндамада егжей-тегжейлі сипатталған ${p.cases} бойынша)`,
		cases: forms({ one: 'іс', other: 'іс' }),
		context: (p) => `баяндама егжей-тегжейлі сипаттаған істер: ${p.list}`,
		noCase: 'баяндамада бірде-бір іс егжей-тегжейлі сипатталмаған',
		item: (p) => `${p.count} адам — ${p.concern}`,
		overAttacks: (p) => `${p.year} жылғы шабуылдар үшін`,
		uncounted: (p) =>
			`Баяндамада жыл бойы сотталғандар саны келтірілмей де айтылады (${p.words}); олар бұл есепке кірмейді.`
	},
	sentences: {
		label: 'бас бостандығынан айыру мерзімдері',
		context: (p) =>
			`тағайындалған мерзімдердің ауқымы${p.notStated ? `; ${p.count} іс бойынша жаза мерзімі көрсетілмеген` : ''}`
	},
	websites: {
		context: (p) => `${p.according}, ${p.period}`
	},
	locator: (p) => `: баяндама атаған барлық жерлердің және онда не болғанының картасы. ${p.credit}`,
	cite: 'Баяндамаға қалай сілтеме жасау керек',
	citation: {
		before: (p) => `${p.publisher}. «`,
		close: '»',
		after: (p) => `, ${p.year} (жарияланған күні: ${p.published}). ${p.url}`
	},
	read: 'Баяндаманы Refworld сайтынан оқу',
	quote: (p) => `«${p.words}»`
} satisfies HomeMessages;
