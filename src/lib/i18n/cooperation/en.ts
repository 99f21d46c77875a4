import { forms } from '../plural.ts';

/** The words of the cooperation map, in English: the type every edition's cooperation catalogue must match. */
const cooperation = {
	title: 'Who took part: the countries of each multinational development',
	/** After a count of developments. */
	developmentsOf: forms({ one: 'multinational development', other: 'multinational developments' }),
	countries: forms({ one: 'country', other: 'countries' }),
	takeaway: (p: { developments: string; countries: string; common: string; n: number }) =>
		`The report names the countries of ${p.developments}, ${p.countries} in all${p.common ? `; ${p.common} ${p.n === 1 ? 'takes' : 'take'} part in every one` : ''}.`,
	noDate: 'date not given',
	noDateTable: 'not given',
	panelTitle: (label: string, date: string, countries: string, source: string) =>
		`${label} (${date}): ${countries}. ${source}`,
	noteFilled:
		'A country is filled and named where the report names it for the development; for the Customs Union treaty, the union’s members.',
	noteFrame: (large: string) =>
		`Every map has the same frame, fitted to the countries named; ${large}, larger than all of them together, runs past it.`,
	key: 'a country the report names for the development',
	columns: {
		development: 'Development',
		date: 'Date',
		country: 'Country named',
		code: 'ISO 3166-1 code',
		section: 'Source'
	}
};

export type CooperationMessages = typeof cooperation;
export default cooperation;
