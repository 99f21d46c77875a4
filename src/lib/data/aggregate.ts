import * as aq from 'arquero';
import { sentenceSpan } from './sentence.ts';
import {
	INCIDENT_KINDS,
	type Conviction,
	type Incident,
	type IncidentKind,
	type ReportEvent,
	type Theme
} from './types.ts';

/** A count that may be a lower bound: the report says "at least" for one of its parts. */
export interface BoundedCount {
	value: number;
	isMinimum: boolean;
}

export interface MonthDeaths extends BoundedCount {
	/** YYYY-MM */
	month: string;
	incidents: number;
}

/** Total deaths; a total that includes a lower bound is itself a lower bound. */
export function deathsTotal(incidents: Incident[]): BoundedCount {
	if (incidents.length === 0) return { value: 0, isMinimum: false };
	const [row] = aq
		.from(incidents)
		.rollup({ value: aq.op.sum('killed'), minimums: aq.op.sum('killed_is_minimum') })
		.objects() as { value: number; minimums: number }[];
	return { value: row?.value ?? 0, isMinimum: (row?.minimums ?? 0) > 0 };
}

/** Deaths in the incidents of one kind, and how many of the dead the report calls suspects. */
export interface KindDeaths extends BoundedCount {
	kind: IncidentKind;
	incidents: number;
	/** Dead the report describes as suspected extremists. */
	suspects: BoundedCount;
	/** Dead the report does not say anything about. */
	notStated: BoundedCount;
}

/** A sum of tolls: a lower bound when any of them is one. */
function bounded(rows: readonly Incident[]): BoundedCount {
	return {
		value: rows.reduce((sum, d) => sum + d.killed, 0),
		isMinimum: rows.some((d) => d.killed_is_minimum)
	};
}

/**
 * Deaths split the way the report tells them, one part per kind of incident that has any, in the
 * order of INCIDENT_KINDS: who killed and who died never merge into one figure.
 */
export function deathsByKind(incidents: readonly Incident[]): KindDeaths[] {
	return INCIDENT_KINDS.flatMap((kind) => {
		const rows = incidents.filter((d) => d.kind === kind);
		if (rows.length === 0) return [];
		return [
			{
				kind,
				...bounded(rows),
				incidents: rows.length,
				suspects: bounded(rows.filter((d) => d.killed_described === 'suspects')),
				notStated: bounded(rows.filter((d) => d.killed_described === 'not stated'))
			}
		];
	});
}

/** Deaths per month, for the months in which the report describes an incident. */
export function deathsByMonth(incidents: Incident[]): MonthDeaths[] {
	if (incidents.length === 0) return [];
	return (
		aq
			.from(incidents)
			.derive({ month: 'd => op.substring(d.date, 0, 7)' })
			.groupby('month')
			.rollup({
				value: aq.op.sum('killed'),
				minimums: aq.op.sum('killed_is_minimum'),
				incidents: aq.op.count()
			})
			.orderby('month')
			.objects() as { month: string; value: number; minimums: number; incidents: number }[]
	).map(({ month, value, minimums, incidents: n }) => ({
		month,
		value,
		isMinimum: minimums > 0,
		incidents: n
	}));
}

export interface CaseConvicted {
	id: string;
	city: string;
	convicted: number;
}

/** People convicted per case, largest first, and in all. */
export function convictedPerCase(convictions: Conviction[]): {
	cases: CaseConvicted[];
	total: number;
} {
	if (convictions.length === 0) return { cases: [], total: 0 };
	const table = aq.from(convictions).select('id', 'city', 'convicted');
	const cases = table.orderby(aq.desc('convicted'), 'id').objects() as CaseConvicted[];
	const total = (table.rollup({ total: aq.op.sum('convicted') }).get('total', 0) as number) ?? 0;
	return { cases, total };
}

export interface SentenceRange {
	/** Shortest stated term in any case, in years; null when no case states one. */
	min: number | null;
	/** Longest stated term in years, not counting life sentences. */
	maxYears: number | null;
	/** Some case reaches life imprisonment. */
	life: boolean;
	/** Cases with no stated sentence. */
	notStated: number;
}

/** The range of sentences over all cases, for a headline. */
export function sentenceRange(convictions: Conviction[]): SentenceRange {
	const spans = convictions.map(sentenceSpan);
	const stated = spans.filter((s) => s.kind !== 'not-stated');
	const mins = stated.map((s) => s.min);
	const maxes = spans.flatMap((s) => (s.kind === 'range' ? [s.max] : []));
	return {
		min: mins.length ? Math.min(...mins) : null,
		maxYears: maxes.length ? Math.max(...maxes) : null,
		life: spans.some((s) => s.kind === 'to-life'),
		notStated: spans.length - stated.length
	};
}

export interface MonthThemeCount {
	/** YYYY-MM */
	month: string;
	theme: Theme;
	events: number;
}

/** Number of dated developments per month and theme. */
export function eventsByMonthTheme(events: ReportEvent[]): MonthThemeCount[] {
	if (events.length === 0) return [];
	return aq
		.from(events)
		.derive({ month: 'd => op.substring(d.date, 0, 7)' })
		.groupby('month', 'theme')
		.rollup({ events: aq.op.count() })
		.orderby('month', 'theme')
		.objects() as MonthThemeCount[];
}
