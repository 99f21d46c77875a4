import { forms } from '../plural.ts';
import type { CooperationMessages } from './en.ts';

export default {
	title: 'Кімдер қатысты: әр көпжақты шараның қатысушы елдері',
	// Kazakh keeps the noun singular after a number: 3 көпжақты шараның.
	developmentsOf: forms({ one: 'көпжақты шараның', other: 'көпжақты шараның' }),
	countries: forms({ one: 'ел', other: 'ел' }),
	takeaway: (p) =>
		`Баяндамада ${p.developments} қатысушы елдері аталады, барлығы ${p.countries}${p.common ? `; ${p.common} олардың әрқайсысына қатысады` : ''}.`,
	noDate: 'күні көрсетілмеген',
	noDateTable: 'көрсетілмеген',
	panelTitle: (label: string, date: string, countries: string, source: string) =>
		`${label} (${date}): ${countries}. ${source}`,
	noteFilled:
		'Баяндама шараға қатысушы ретінде атаған ел боялып, атауы жазылған; Кеден одағы шарты үшін — одаққа мүше мемлекеттер.',
	noteFrame: (large: string) =>
		`Барлық картаның шегі бірдей, аталған елдерге қарай алынған; ${large} олардың бәрін қосқаннан да үлкен, сондықтан шектен шығып тұр.`,
	key: 'баяндамада шараға қатысушы ретінде аталған ел',
	columns: {
		development: 'Шара',
		date: 'Күні',
		country: 'Ел',
		code: 'ISO 3166-1 коды',
		section: 'Дереккөз'
	}
} satisfies CooperationMessages;
