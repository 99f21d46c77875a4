import { forms } from '../plural.ts';

/** The words src/lib/format writes around numbers and dates, in English. */
const format = {
	atLeast: (n: string) => `at least ${n}`,
	/** An estimated date. */
	about: (date: string) => `about ${date}`,
	notStated: 'not stated',
	/** A period the report gives no end for; `yearOnly` when the start is a year. */
	since: (start: string, _yearOnly: boolean) => `since ${start} (the report gives no end date)`,
	years: forms({ one: 'year', other: 'years' }),
	/** "5 to 15 years"; `max` is the larger count, as digits. */
	yearSpan: (min: string, max: string, _maxValue: number) => `${min} to ${max} years`,
	/** "5 years to life". */
	toLife: (min: string, minValue: number) => `${min} ${minValue === 1 ? 'year' : 'years'} to life`,
	/** The conjunction before a list's last item, when Intl's list format does not write one. */
	and: null as string | null,
	north: 'N',
	south: 'S',
	east: 'E',
	west: 'W'
};

export type FormatMessages = typeof format;
export default format;
