import type { SiteMessages } from './en.ts';

export default {
	name: 'Казахстан, 2012: доклад о терроризме в цифрах',
	shortName: 'Казахстан, 2012, в цифрах',
	skip: 'Перейти к содержанию',
	sections: 'Разделы',
	nav: {
		overview: 'Обзор',
		incidents: 'Инциденты',
		sentences: 'Приговоры',
		websites: 'Сайты',
		timeline: 'Хронология',
		places: 'Места',
		data: 'Данные',
		about: 'О проекте'
	},
	languages: 'Язык',
	reportTitle: 'Страновые доклады о терроризме за 2012 год – Казахстан',
	publisher: 'Государственный департамент США',
	notice: {
		text: 'Это наш перевод английской версии дашборда; сам доклад опубликован на английском языке.',
		link: 'Эта страница на английском'
	},
	footer: {
		figuresFrom: 'Цифры из доклада',
		published: (publisher: string, date: string) =>
			`${publisher}, опубликован ${date}${date.endsWith('.') ? '' : '.'}`,
		ownWords: 'Пояснения и подписи составлены авторами дашборда.',
		cite: 'Как цитировать и что учитывать',
		printed: (url: string, version: string, made: string) =>
			`Напечатано с ${url} (версия данных ${version} от ${made}).`
	}
} satisfies SiteMessages;
