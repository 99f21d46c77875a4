import { convictedPerCase, deathsTotal, sentenceRange } from '../data/aggregate.ts';
import { type Dataset, type Section } from '../data/types.ts';
import { detailedCases } from '../data/subsets.ts';
import { formatBounded, formatCount, formatPeriod, formatSentenceRange } from '../format/index.ts';

export interface Headline {
	id: string;
	/** The figure as shown, with its lower-bound words where needed ("at least 20"). */
	value: string;
	label: string;
	/** One line of context. */
	context: string;
	/** Page with the detail. */
	page: string;
	section: Section;
	/** The figure is a lower bound. */
	isMinimum: boolean;
}

/** The report's headline figures, each with its context, its page and its section. */
export function headlines(data: Dataset): Headline[] {
	const deaths = deathsTotal(data.incidents);
	const convicted = convictedPerCase(detailedCases(data.convictions));
	const range = sentenceRange(detailedCases(data.convictions));
	const out: Headline[] = [
		{
			id: 'deaths',
			value: formatBounded(deaths),
			label: 'people killed',
			context: `in the ${data.incidents.length} violent incidents of 2012 the report describes${deaths.isMinimum ? '; one toll is given only as a minimum' : ''}`,
			page: '/incidents/',
			section: '2012 Terrorist Incidents',
			isMinimum: deaths.isMinimum
		},
		{
			id: 'convicted',
			value: formatCount(convicted.total),
			label: 'people convicted',
			context: `in the ${convicted.cases.length} court cases the report details`,
			page: '/sentences/',
			section: 'Legislation, Law Enforcement, and Border Security',
			isMinimum: false
		}
	];
	if (range.min !== null) {
		out.push({
			id: 'sentences',
			value: formatSentenceRange(range),
			label: 'prison sentences',
			context: `the span of terms handed down${range.notStated ? `; ${range.notStated === 1 ? 'one case has' : `${range.notStated} cases have`} no stated sentence` : ''}`,
			page: '/sentences/',
			section: 'Legislation, Law Enforcement, and Border Security',
			isMinimum: false
		});
	}
	for (const w of data.websites) {
		out.push({
			id: `websites-${w.measure}`,
			value: formatCount(w.websites),
			label: w.measure === 'reviewed' ? 'websites reviewed' : 'websites shut down',
			context: `according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}`,
			page: '/websites/',
			section: w.section,
			isMinimum: false
		});
	}
	return out;
}
