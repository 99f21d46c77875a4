import type { Lang } from '../i18n/index.ts';
import { convictedPerCase, sentenceRange } from '../data/aggregate.ts';
import { type ConvictionRow, type Dataset, type Section } from '../data/types.ts';
import { detailedCases } from '../data/subsets.ts';
import { deathsParts, deathsTotalNote } from '../charts/incidents/deaths.ts';
import {
	countOf,
	formatCount,
	formatPeriod,
	formatSentenceRange,
	listInWords
} from '../format/index.ts';

/** One figure of a tile. */
export interface HeadlineFigure {
	/** The figure as shown, with its lower-bound words where needed ("at least 11"). */
	value: string;
	label: string;
	/** One line of context. */
	context: string;
	/** The figure is a lower bound. */
	isMinimum: boolean;
}

export interface Headline {
	id: string;
	/** One figure, or the parts the report tells apart (deaths: by whom and how). */
	figures: HeadlineFigure[];
	/** What the figures leave out or what a total of them means, in the tile itself. */
	note: string | null;
	/** Page with the detail. */
	page: string;
	section: Section;
}

/** "52 over attacks in 2011 and 3 for financing a terrorist group": what the counted cases concern. */
function convictedFor(cases: readonly ConvictionRow[]): string {
	const byConcern = new Map<string, number>();
	for (const c of cases) {
		const concern = c.related_attack_date
			? `over attacks in ${c.related_attack_date.slice(0, 4)}`
			: `for ${c.offence.toLowerCase()}`;
		byConcern.set(concern, (byConcern.get(concern) ?? 0) + (c.convicted ?? 0));
	}
	return listInWords([...byConcern].map(([concern, n]) => `${formatCount(n)} ${concern}`));
}

/** The report's words for convictions it does not count, said in the tile: "dozens". */
export function uncountedConvictions(rows: readonly ConvictionRow[]): string | null {
	const words = rows.filter((c) => c.convicted === null && c.convicted_unit === 'people');
	if (words.length === 0) return null;
	return `The report also speaks of ${listInWords(words.map((c) => `“${c.convicted_words}”`))} of people convicted over the year, without a number; they are not in this count.`;
}

/** The report's headline figures, each with its context, its page and its section. */
export function headlines(data: Dataset, _lang: Lang): Headline[] {
	const cases = detailedCases(data.convictions);
	const convicted = convictedPerCase(cases);
	const range = sentenceRange(cases);
	const out: Headline[] = [
		{
			id: 'deaths',
			figures: deathsParts(data.incidents).map((p) => ({
				value: p.value,
				label: p.label,
				context: `${p.context}; ${p.who}`,
				isMinimum: p.isMinimum
			})),
			note: deathsTotalNote(data.incidents),
			page: '/incidents/',
			section: '2012 Terrorist Incidents'
		},
		{
			id: 'convicted',
			figures: [
				{
					value: formatCount(convicted.total),
					label: `people convicted in ${countOf(cases.length, 'detailed case', 'detailed cases')}`,
					context: cases.length
						? `the cases the report details: ${convictedFor(cases)}`
						: 'the report details no case',
					isMinimum: false
				}
			],
			note: uncountedConvictions(data.convictions),
			page: '/sentences/',
			section: 'Legislation, Law Enforcement, and Border Security'
		}
	];
	if (range.min !== null) {
		out.push({
			id: 'sentences',
			figures: [
				{
					value: formatSentenceRange(range),
					label: 'prison sentences',
					context: `the span of terms handed down${range.notStated ? `; ${range.notStated === 1 ? 'one case has' : `${range.notStated} cases have`} no stated sentence` : ''}`,
					isMinimum: false
				}
			],
			note: null,
			page: '/sentences/',
			section: 'Legislation, Law Enforcement, and Border Security'
		});
	}
	for (const w of data.websites) {
		out.push({
			id: `websites-${w.measure}`,
			figures: [
				{
					value: formatCount(w.websites),
					label: w.measure === 'reviewed' ? 'websites reviewed' : 'websites shut down',
					context: `according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}`,
					isMinimum: false
				}
			],
			note: null,
			page: '/websites/',
			section: w.section
		});
	}
	return out;
}
