import {
	convictedPerCase,
	deathsTotal,
	eventsByMonthTheme,
	sentenceRange,
	type MonthThemeCount
} from '../data/aggregate.ts';
import { sentenceSpan } from '../data/sentence.ts';
import {
	COLUMNS,
	detailedCases,
	monthDatedEvents,
	type Conviction,
	type Dataset
} from '../data/types.ts';
import type { ChartSpec, FigureSpec } from '../charts/spec.ts';
import { chartMarkup } from './export-svg.ts';
import { layoutBars } from '../charts/bars/geometry.ts';
import { layoutEvents, THEMES } from '../charts/events/geometry.ts';
import { layoutIncidents } from '../charts/incidents/geometry.ts';
import { layoutSentences, sentenceHeight } from '../charts/sentences/geometry.ts';
import { layoutPeriods } from '../charts/websites/geometry.ts';
import {
	formatBounded,
	formatCount,
	formatDateish,
	formatPeriod,
	formatSentence,
	formatSentenceRange
} from '../format/index.ts';
import { loadPackage } from './data.ts';
import { capitalise, listInWords } from '../format/words.ts';
import { publishedOn } from '../source.ts';

/** "April: 1 cooperation, 2 justice; June: …". */
function monthsInWords(counts: MonthThemeCount[]): string {
	const months = [...new Set(counts.map((c) => c.month))];
	return months
		.map(
			(month) =>
				`${monthName(month)}: ${counts
					.filter((c) => c.month === month)
					.map(
						(c) =>
							`${c.events} ${THEMES.find((t) => t.theme === c.theme)?.label.toLowerCase() ?? c.theme}`
					)
					.join(', ')}`
		)
		.join('; ');
}

function monthName(date: string): string {
	return formatDateish(date.slice(0, 7)).replace(/ \d{4}$/, '');
}

/** Every development dated to a month or day, in order, with its date and theme in words and the countries named for it. */
export function datedEvents({ events, participants }: Dataset) {
	return monthDatedEvents(events)
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map((e) => ({
			...e,
			dateLabel: formatDateish(e.date),
			themeLabel: THEMES.find((t) => t.theme === e.theme)?.label ?? e.theme,
			countries: participants.filter((p) => p.event_id === e.id).map((p) => p.country)
		}));
}

/** The note every sentence chart carries, whatever cases it shows. */
export const SENTENCE_NOTE =
	'Each bar spans the shortest to the longest term in the case; the report does not give each defendant’s sentence.';

/** What is said about one court case: its text alternative, its caveat and its table row. */
export function caseWords(c: Conviction): {
	desc: string;
	note: string | null;
	row: Record<string, string>;
} {
	const span = sentenceSpan(c);
	return {
		desc: `${c.city}, ${formatCount(c.convicted)} convicted of ${c.offence.toLowerCase()}: ${formatSentence(span)}.`,
		note:
			span.kind === 'to-life'
				? `In the ${c.city} case the longest sentence is life imprisonment: its bar runs to the end of the years axis and on as an arrow labelled “life”, never as a number of years.`
				: span.kind === 'not-stated'
					? `The report gives no sentence for the ${c.city} case: it has no bar, which does not mean zero years.`
					: null,
		row: {
			case: `${c.city}: ${c.offence}`,
			verdict: formatDateish(c.verdict_month),
			convicted: formatCount(c.convicted),
			sentence: formatSentence(span),
			attack: c.related_attack_date === null ? 'none' : formatDateish(c.related_attack_date)
		}
	};
}

/** Every chart of the dashboard, computed once from the validated data. */
export function buildCharts(data: Dataset): ChartSpec[] {
	const { incidents, websites } = data;
	// Convictions counted only in words have no number or city to draw.
	const convictions = detailedCases(data.convictions);

	const byDate = [...incidents].sort((a, b) => a.date.localeCompare(b.date));
	const deaths = deathsTotal(incidents);
	const first = byDate[0];
	const last = byDate[byDate.length - 1];
	const minimumIncidents = byDate.filter((d) => d.killed_is_minimum);
	const approximateIncidents = byDate.filter((d) => d.date_approximate);
	const incidentChart: ChartSpec = {
		id: 'deaths-per-incident',
		kind: 'incidents',
		page: '/incidents/',
		title: 'People killed in each incident, 2012',
		takeaway:
			first && last
				? `${capitalise(formatBounded(deaths))} people were killed in the ${byDate.length} incidents the report describes, all between ${monthName(first.date)} and ${monthName(last.date)} 2012.`
				: 'The report describes no incidents.',
		desc: byDate
			.map(
				(d) =>
					`${formatDateish(d.date, d.date_approximate)}, ${d.place ?? 'place not stated'}: ${d.killed_is_minimum ? 'at least ' : ''}${d.killed} killed (${d.kind}).`
			)
			.join(' '),
		sections: ['2012 Terrorist Incidents'],
		notes: [
			...minimumIncidents.map(
				(d) =>
					`The toll of ${formatDateish(d.date)} is a minimum: the report says “at least” ${d.killed}. The dashed arrow marks it, and every total that includes it is a minimum too.`
			),
			...approximateIncidents.map(
				(d) =>
					`The date of the ${d.kind} shown on ${formatDateish(d.date)} is an estimate: the report dates it only relative to another event. Its bar is hollow and bracketed.`
			),
			'The date axis covers only the months in which the report describes incidents; it describes none in the other months of 2012.'
		],
		layout: layoutIncidents(byDate),
		table: {
			columns: [
				{ key: 'date', label: 'Date' },
				{ key: 'place', label: 'Place' },
				{ key: 'kind', label: 'What happened' },
				{ key: 'killed', label: 'Killed', numeric: true }
			],
			rows: byDate.map((d) => ({
				date: formatDateish(d.date, d.date_approximate),
				place: [d.place ?? 'not stated', d.region].filter(Boolean).join(', '),
				kind: d.kind,
				killed: d.killed_is_minimum ? `at least ${d.killed}` : String(d.killed)
			}))
		},
		csv: { columns: [...COLUMNS.incidents], rows: byDate }
	};

	const cases = [...convictions].sort(
		(a, b) => a.verdict_month.localeCompare(b.verdict_month) || a.id.localeCompare(b.id)
	);
	const range = sentenceRange(cases);
	const unstated = cases.filter((c) => !c.sentence_stated);
	const sentenceChart: ChartSpec = {
		id: 'sentence-ranges',
		kind: 'sentences',
		page: '/sentences/',
		title: 'Prison sentences in each court case',
		takeaway:
			range.min === null
				? 'The report states no sentence for any case.'
				: `${range.life || (range.maxYears !== null && range.maxYears !== range.min) ? `Sentences ran from ${formatSentenceRange(range)}` : `Every stated sentence was ${formatSentenceRange(range)}`}${unstated.length ? `; the report gives no sentence for ${unstated.length === 1 ? 'one case' : `${unstated.length} cases`}` : ''}.`,
		desc: cases.map((c) => caseWords(c).desc).join(' '),
		sections: [...new Set(cases.map((c) => c.section))],
		notes: [...cases.flatMap((c) => caseWords(c).note ?? []), SENTENCE_NOTE],
		layout: layoutSentences(cases),
		table: {
			columns: [
				{ key: 'case', label: 'Case' },
				{ key: 'verdict', label: 'Verdict' },
				{ key: 'convicted', label: 'Convicted', numeric: true },
				{ key: 'sentence', label: 'Sentences' },
				{ key: 'attack', label: 'Attack concerned' }
			],
			rows: cases.map((c) => caseWords(c).row)
		},
		csv: { columns: [...COLUMNS.convictions], rows: cases }
	};

	const perCase = convictedPerCase(cases);
	const top = perCase.cases[0];
	const convictedChart: ChartSpec = {
		id: 'convicted-per-case',
		kind: 'bars',
		page: '/sentences/',
		title: 'People convicted in each court case',
		takeaway: `The report details ${perCase.cases.length} cases with ${formatCount(perCase.total)} people convicted${top ? `, ${formatCount(top.convicted)} of them in the ${top.city} case` : ''}.`,
		desc: perCase.cases.map((c) => `${c.city}: ${formatCount(c.convicted)} convicted.`).join(' '),
		sections: [...new Set(cases.map((c) => c.section))],
		notes: [
			'The report also says that dozens of people were convicted of terrorism or extremism during the year without giving a number; only the cases it details are counted here.'
		],
		layout: layoutBars(
			perCase.cases.map((c) => ({
				key: c.id,
				label: c.city,
				detail: cases.find((x) => x.id === c.id)?.offence,
				value: c.convicted,
				isMinimum: false
			}))
		),
		table: {
			columns: [
				{ key: 'city', label: 'Case' },
				{ key: 'convicted', label: 'Convicted', numeric: true }
			],
			rows: perCase.cases.map((c) => ({ city: c.city, convicted: formatCount(c.convicted) }))
		},
		csv: { columns: ['id', 'city', 'convicted'], rows: perCase.cases }
	};

	const sites = [...websites].sort((a, b) => a.period_start.localeCompare(b.period_start));
	const measureLabel = { reviewed: 'reviewed', shut_down: 'shut down' } as const;
	const websiteChart: ChartSpec = {
		id: 'websites',
		kind: 'periods',
		page: '/websites/',
		title: 'Websites reviewed and shut down: what each figure covers',
		takeaway: `${capitalise(listInWords(sites.map((w) => `${formatCount(w.websites)} websites ${measureLabel[w.measure]}`)))}: two agencies, two different periods, so neither figure is a share of the other.`,
		desc: sites
			.map(
				(w) =>
					`${formatCount(w.websites)} websites ${measureLabel[w.measure]}, according to the ${w.agency}, ${formatPeriod(w.period_start, w.period_end)}.`
			)
			.join(' '),
		sections: [...new Set(sites.map((w) => w.section))],
		notes: [
			'Each bar is the period a figure covers, not its size: the counts come from different agencies over different periods, so the chart does not set them against each other.',
			...sites
				.filter((w) => w.period_start.length === 4)
				.map(
					(w) =>
						`The report gives only the year the count of websites ${measureLabel[w.measure]} starts from (${w.period_start}); that year is drawn hollow.`
				),
			...sites
				.filter((w) => w.period_end === null)
				.map(
					(w) =>
						`The report gives no end date for the count of websites ${measureLabel[w.measure]}; its arrow runs to the report’s publication in ${publishedOn('month')}, the latest it can end.`
				)
		],
		layout: layoutPeriods(sites),
		table: {
			columns: [
				{ key: 'measure', label: 'Websites' },
				{ key: 'websites', label: 'Number', numeric: true },
				{ key: 'agency', label: 'Source agency' },
				{ key: 'period', label: 'Period' }
			],
			rows: sites.map((w) => ({
				measure: measureLabel[w.measure],
				websites: formatCount(w.websites),
				agency: w.agency,
				period: formatPeriod(w.period_start, w.period_end)
			}))
		},
		csv: { columns: [...COLUMNS.websites], rows: sites }
	};

	const dated = datedEvents(data);
	const counts = THEMES.map((t) => ({
		...t,
		count: dated.filter((e) => e.theme === t.theme).length
	}));
	const busiest = [...counts].sort((a, b) => b.count - a.count)[0];
	const eventChart: ChartSpec = {
		id: 'events-by-theme',
		kind: 'events',
		page: '/timeline/',
		title: 'Dated developments of 2012, by theme and month',
		takeaway: `The report dates ${dated.length} developments in 2012${busiest ? `; ${busiest.label.toLowerCase()} is the most frequent theme, with ${busiest.count}` : ''}.`,
		desc: `${counts.map((t) => `${t.label}: ${t.count}.`).join(' ')} By month: ${monthsInWords(eventsByMonthTheme(dated))}.`,
		sections: [...new Set(dated.map((e) => e.section))],
		notes: [
			'Each dot sits in the middle of its month: the chart shows the month of a development, not its day.',
			'Countries are listed only where the report names them.'
		],
		layout: layoutEvents(dated),
		table: {
			columns: [
				{ key: 'date', label: 'Date' },
				{ key: 'theme', label: 'Theme' },
				{ key: 'summary', label: 'What happened' },
				{ key: 'countries', label: 'Countries named' }
			],
			rows: dated.map((e) => ({
				date: e.dateLabel,
				theme: e.themeLabel,
				summary: e.summary,
				countries: e.countries.join(', ') || '—'
			}))
		},
		csv: {
			columns: [...COLUMNS.events, 'countries'],
			rows: dated.map((e) => ({ ...e, countries: e.countries.join('; ') || null }))
		}
	};

	return [incidentChart, sentenceChart, convictedChart, websiteChart, eventChart];
}

let cached: ChartSpec[] | undefined;

/** The dashboard's charts, built once per build from static/data. */
export function charts(): ChartSpec[] {
	cached ??= buildCharts(loadPackage().data);
	return cached;
}

/** The chart's viewBox height. */
function chartHeight(spec: ChartSpec): number {
	return spec.kind === 'sentences'
		? sentenceHeight(spec.layout, spec.layout.marks.length)
		: spec.layout.height;
}

/**
 * An iframe height that shows the whole embed page at about 600 px wide: the chart scaled from
 * its 400-unit viewBox, plus title, takeaway, notes and source at a generous line count each.
 */
export function embedHeight(spec: ChartSpec): number {
	const scale = (600 - 32) / 400;
	const words = 80 + 80 + spec.notes.length * 56 + 70 + 60;
	return Math.ceil((chartHeight(spec) * scale + words) / 10) * 10;
}

/**
 * A chart for a page: its SVG rendered here, at build time, so the browser gets markup to show
 * rather than rows, geometry and drawing code; the CSV rows stay in the prerendered download.
 */
export function figure(id: string): FigureSpec {
	const spec = chart(id);
	const { kind, title, takeaway, desc, sections, notes, page, table } = spec;
	return {
		id,
		kind,
		title,
		takeaway,
		desc,
		sections,
		notes,
		page,
		table,
		csvColumns: spec.csv.columns,
		svg: chartMarkup(spec, 'chart'),
		embedHeight: embedHeight(spec)
	};
}

export function chart(id: string): ChartSpec {
	const found = charts().find((c) => c.id === id);
	if (!found) throw new Error(`No chart with id "${id}"`);
	return found;
}
