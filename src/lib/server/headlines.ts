import type { Lang } from '../i18n/index.ts';
import { convictedPerCase, sentenceRange } from '../data/aggregate.ts';
import { type ConvictionRow, type Dataset, type Section } from '../data/types.ts';
import { detailedCases } from '../data/subsets.ts';
import { deathsParts, deathsTotalNote } from '../charts/incidents/deaths.ts';
import { rowText } from '../i18n/rows.ts';
import { agencyOf, periodInWords } from '../charts/websites/geometry.ts';

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
function convictedFor(cases: readonly ConvictionRow[], lang: Lang): string {
	const { m, f } = lang;
	const words = m.home.convicted;
	const byConcern = new Map<string, number>();
	for (const c of cases) {
		const concern = c.related_attack_date
			? words.overAttacks({ year: c.related_attack_date.slice(0, 4) })
			: rowText(
					lang,
					m.convicted.convictedFor,
					c.id,
					'offence of conviction',
					`for ${c.offence.toLowerCase()}`
				);
		byConcern.set(concern, (byConcern.get(concern) ?? 0) + (c.convicted ?? 0));
	}
	return f.list(
		[...byConcern].map(([concern, n]) => words.item({ count: f.count(n), n, concern }))
	);
}

/** The report's words for convictions it does not count, said in the tile: "dozens". */
export function uncountedConvictions(rows: readonly ConvictionRow[], lang: Lang): string | null {
	const { m, f } = lang;
	const words = rows.filter((c) => c.convicted === null && c.convicted_unit === 'people');
	if (words.length === 0) return null;
	return m.home.convicted.uncounted({
		words: f.list(
			words.map((c) =>
				m.home.quote({
					words: rowText(
						lang,
						m.convicted.countWords,
						c.id,
						'words for the count of conviction',
						c.convicted_words ?? ''
					)
				})
			)
		)
	});
}

/** The report's headline figures, each with its context, its page and its section. */
export function headlines(data: Dataset, lang: Lang): Headline[] {
	const { m, f } = lang;
	const home = m.home;
	const cases = detailedCases(data.convictions);
	const convicted = convictedPerCase(cases);
	const range = sentenceRange(cases);
	const out: Headline[] = [
		{
			id: 'deaths',
			figures: deathsParts(data.incidents, lang).map((p) => ({
				value: p.value,
				label: p.label,
				context: home.deathsContext({ context: p.context, who: p.who }),
				isMinimum: p.isMinimum
			})),
			note: deathsTotalNote(data.incidents, lang),
			page: '/incidents/',
			section: '2012 Terrorist Incidents'
		},
		{
			id: 'convicted',
			figures: [
				{
					value: f.count(convicted.total),
					label: home.convicted.label({
						n: convicted.total,
						cases: f.countOf(cases.length, home.convicted.cases)
					}),
					context: cases.length
						? home.convicted.context({ list: convictedFor(cases, lang) })
						: home.convicted.noCase,
					isMinimum: false
				}
			],
			note: uncountedConvictions(data.convictions, lang),
			page: '/sentences/',
			section: 'Legislation, Law Enforcement, and Border Security'
		}
	];
	if (range.min !== null) {
		out.push({
			id: 'sentences',
			figures: [
				{
					value: f.sentenceRange(range),
					label: home.sentences.label,
					context: home.sentences.context({
						notStated: range.notStated,
						count: f.count(range.notStated)
					}),
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
					value: f.count(w.websites),
					label: f.plural(w.websites, m.websites.counted[w.measure]),
					context: home.websites.context({
						according: agencyOf(w, lang).according,
						period: periodInWords(w, lang)
					}),
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
