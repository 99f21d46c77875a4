import { forms } from '../plural.ts';
import type { FormatMessages } from './en.ts';

/** "года" after "от" and "до": от 1 года, от 2 лет, до 21 года. */
const YEARS_GENITIVE = forms({ one: 'года', few: 'лет', many: 'лет', other: 'года' });
const genitive = (n: number) => YEARS_GENITIVE[new Intl.PluralRules('ru').select(n)] ?? 'лет';

export default {
	atLeast: (n: string) => `не менее ${n}`,
	about: (date: string) => `примерно ${date}`,
	notStated: 'не указан',
	since: (start: string, yearOnly: boolean) =>
		`с ${start}${yearOnly ? ' г.' : ''} (дата окончания в докладе не указана)`,
	years: forms({ one: 'год', few: 'года', many: 'лет', other: 'года' }),
	yearSpan: (min: string, max: string, maxValue: number) =>
		`от ${min} до ${max} ${genitive(maxValue)}`,
	toLife: (min: string, minValue: number) =>
		`от ${min} ${genitive(minValue)} до пожизненного лишения свободы`,
	and: null,
	north: 'с. ш.',
	south: 'ю. ш.',
	east: 'в. д.',
	west: 'з. д.'
} satisfies FormatMessages;
