import { forms } from '../plural.ts';
import type { UiMessages } from './en.ts';

export default {
	panels: { chart: 'Диаграмма', table: 'Таблица', sources: 'Источники', download: 'Скачать' },
	says: {
		linkCopied: 'Ссылка скопирована.',
		linkFailed: 'Скопируйте эту ссылку: ',
		embedCopied: 'Код для встраивания скопирован.',
		embedFailed: 'Выделите код и скопируйте его.'
	},
	download: (format: string) => `Скачать ${format}`,
	permalink: 'Ссылка на эту диаграмму',
	copyLink: 'Копировать ссылку',
	share: 'Поделиться…',
	copyEmbed: 'Копировать код для встраивания',
	embedResponsive: {
		summary: 'Встроить диаграмму с высотой по содержимому',
		label:
			'Вставьте этот код в веб-страницу: скрипт в одну строку подгоняет высоту фрейма под диаграмму при любой ширине, а у диаграммы остаются заголовок и строка об источнике.'
	},
	embedFixed: {
		summary: 'Встроить диаграмму с постоянной высотой, без скрипта',
		label: (from: string, to: string) =>
			`Высота рассчитана на фрейм шириной от ${from} до ${to} пикселей; в более узком фрейме диаграмму придётся прокручивать.`
	},
	cite: {
		before: 'Файлы для ссылки на ',
		report: 'доклад',
		between: ' и на ',
		dataset: 'таблицы',
		after: '; подробнее — в разделе «',
		how: 'Как цитировать',
		end: '».'
	},
	key: 'Условные обозначения',
	scrollHint: 'Прокрутите таблицу вбок, чтобы увидеть все столбцы.',
	source: {
		lead: 'Источник:',
		section: forms({ one: 'раздел', few: 'разделы', many: 'разделы', other: 'разделы' }),
		sectionAfter: false,
		and: ' и ',
		quote: (name: string) => `«${name}»`
	},
	sections: {
		Overview: 'Обзор',
		'2012 Terrorist Incidents': 'Террористические инциденты 2012 года',
		'Legislation, Law Enforcement, and Border Security':
			'Законодательство, правоохранительная деятельность и охрана границ',
		'Countering Terrorist Finance': 'Противодействие финансированию терроризма',
		'Regional and International Cooperation': 'Региональное и международное сотрудничество',
		'Countering Radicalization and Violent Extremism':
			'Противодействие радикализации и насильственному экстремизму'
	},
	embed: { open: 'Открыть в дашборде', data: 'Данные (CSV)' }
} satisfies UiMessages;
