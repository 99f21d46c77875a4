import type { ReportEvent, Theme } from '../../data/types.ts';
import { formatDate } from '../../format/index.ts';
import { CHART_WIDTH, roundTenth } from '../common.ts';

export const THEMES: readonly { theme: Theme; label: string }[] = [
	{ theme: 'incident', label: 'Incidents' },
	{ theme: 'justice', label: 'Verdicts' },
	{ theme: 'legislation', label: 'Laws' },
	{ theme: 'cooperation', label: 'Cooperation' },
	{ theme: 'oversight', label: 'Oversight' }
];

export interface EventDot {
	id: string;
	theme: Theme;
	month: string;
	cx: number;
	cy: number;
}

export interface EventsLayout {
	width: number;
	height: number;
	rows: { theme: Theme; label: string; y: number; count: number }[];
	months: { month: string; label: string; x: number }[];
	dots: EventDot[];
	radius: number;
	/** Where the theme rows' rules start, right of their labels. */
	rowsLeft: number;
	/** Month ticks run from tickTop to tickBottom, with labels at labelY. */
	tickTop: number;
	tickBottom: number;
	labelY: number;
}

const LABELS = 84;
const ROW = 30;
const TOP = 20;
const RADIUS = 4.5;

/** One dot per dated development, in a month × theme grid; dots in one cell sit side by side. */
export function layoutEvents(
	events: readonly ReportEvent[],
	year = 2012,
	width = CHART_WIDTH
): EventsLayout {
	const column = (width - LABELS) / 12;
	const months = Array.from({ length: 12 }, (_, i) => {
		const month = `${year}-${String(i + 1).padStart(2, '0')}`;
		// Quarter months are named; every month gets a tick.
		const label = i % 3 === 0 ? formatDate(new Date(Date.UTC(year, i, 1)), 'monthAbbr') : '';
		return { month, label, x: roundTenth(LABELS + column * (i + 0.5)) };
	});
	const rows = THEMES.map((t, i) => ({
		...t,
		y: roundTenth(TOP + ROW * (i + 0.5)),
		count: events.filter((e) => e.theme === t.theme).length
	}));
	const cells = new Map<string, ReportEvent[]>();
	for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
		const key = `${e.date.slice(0, 7)}|${e.theme}`;
		cells.set(key, [...(cells.get(key) ?? []), e]);
	}
	// The most crowded cell sets one dot size for all, so its dots sit side by side without overlap.
	const crowd = Math.max(1, ...[...cells.values()].map((list) => list.length));
	const radius = Math.min(RADIUS, ((column - 2) / crowd - 1) / 2);
	const step = radius * 2 + 1;
	const dots: EventDot[] = [];
	for (const [key, list] of cells) {
		const [month, theme] = key.split('|') as [string, Theme];
		const col = months.find((m) => m.month === month);
		const row = rows.find((t) => t.theme === theme);
		if (!col || !row) continue;
		list.forEach((e, i) => {
			dots.push({
				id: e.id,
				theme,
				month,
				cx: roundTenth(col.x + (i - (list.length - 1) / 2) * step),
				cy: row.y
			});
		});
	}
	return {
		width,
		height: TOP + ROW * THEMES.length,
		rows,
		months,
		dots,
		radius: roundTenth(radius),
		rowsLeft: LABELS,
		tickTop: TOP - 6,
		tickBottom: TOP - 2,
		labelY: TOP - 9
	};
}
