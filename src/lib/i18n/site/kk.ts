import type { SiteMessages } from './en.ts';

export default {
	name: 'Қазақстан, 2012: терроризм туралы баяндама сандармен',
	shortName: 'Қазақстан, 2012, сандармен',
	skip: 'Мазмұнға өту',
	sections: 'Бөлімдер',
	nav: {
		overview: 'Шолу',
		incidents: 'Оқиғалар',
		sentences: 'Үкімдер',
		websites: 'Сайттар',
		timeline: 'Хронология',
		places: 'Орындар',
		data: 'Деректер',
		about: 'Жоба туралы'
	},
	languages: 'Тіл',
	reportTitle: 'Терроризм туралы елдер бойынша баяндамалар, 2012 жыл – Қазақстан',
	publisher: 'АҚШ Мемлекеттік департаменті',
	notice: {
		text: 'Бұл – дашбордтың ағылшынша нұсқасының біздің аудармамыз; баяндаманың өзі ағылшын тілінде жарияланған.',
		link: 'Бұл беттің ағылшынша нұсқасы'
	},
	footer: {
		figuresFrom: 'Сандардың дереккөзі:',
		published: (publisher: string, date: string) => `${publisher}, жарияланған күні: ${date}.`,
		ownWords: 'Түсіндірмелер мен жазуларды дашборд авторлары жазды.',
		cite: 'Қалай сілтеме жасау керек және нені ескеру керек',
		printed: (url: string, version: string, made: string) =>
			`${url} бетінен басып шығарылды (деректер нұсқасы ${version}, ${made}).`
	}
} satisfies SiteMessages;
