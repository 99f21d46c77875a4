import { forms } from '../plural.ts';
import type { UiMessages } from './en.ts';

export default {
	panels: { chart: 'Диаграмма', table: 'Кесте', sources: 'Дереккөздер', download: 'Жүктеу' },
	says: {
		linkCopied: 'Сілтеме көшірілді.',
		linkFailed: 'Мына сілтемені көшіріңіз: ',
		embedCopied: 'Енгізу коды көшірілді.',
		embedFailed: 'Кодты белгілеп, көшіріп алыңыз.'
	},
	download: (format: string) => `${format} жүктеу`,
	permalink: 'Осы диаграммаға сілтеме',
	copyLink: 'Сілтемені көшіру',
	share: 'Бөлісу…',
	copyEmbed: 'Енгізу кодын көшіру',
	embedResponsive: {
		summary: 'Диаграмманы өз биіктігімен енгізу',
		label:
			'Бұл кодты веб-бетке қойыңыз: бір жолдық скрипт кез келген енде фрейм биіктігін диаграммаға сәйкестендіреді, ал диаграмманың тақырыбы мен дереккөз жолы сақталады.'
	},
	embedFixed: {
		summary: 'Диаграмманы тұрақты биіктікпен, скриптсіз енгізу',
		label: (from: string, to: string) =>
			`Биіктігі ені ${from}–${to} пиксель фреймге есептелген; одан тар фреймде диаграмманы айналдыру керек болады.`
	},
	cite: {
		before: '',
		report: 'Баяндамаға',
		between: ' және ',
		dataset: 'кестелерге',
		after: ' сілтеме жасауға арналған файлдар; толығырақ: «',
		how: 'Қалай сілтеме жасау керек',
		end: '» бөлімі.'
	},
	key: 'Шартты белгілер',
	scrollHint: 'Барлық бағанды көру үшін кестені көлденең айналдырыңыз.',
	source: {
		lead: 'Дереккөз:',
		section: forms({ one: 'бөлімі', other: 'бөлімдері' }),
		sectionAfter: true,
		and: ' және ',
		quote: (name: string) => `«${name}»`
	},
	sections: {
		Overview: 'Шолу',
		'2012 Terrorist Incidents': '2012 жылғы террористік оқиғалар',
		'Legislation, Law Enforcement, and Border Security':
			'Заңнама, құқық қорғау қызметі және шекара қауіпсіздігі',
		'Countering Terrorist Finance': 'Терроризмді қаржыландыруға қарсы іс-қимыл',
		'Regional and International Cooperation': 'Өңірлік және халықаралық ынтымақтастық',
		'Countering Radicalization and Violent Extremism':
			'Радикалдануға және зорлық-зомбылық экстремизміне қарсы іс-қимыл'
	},
	embed: { open: 'Дашбордта ашу', data: 'Деректер (CSV)' }
} satisfies UiMessages;
