import { deathsByMonth } from '$lib/data/aggregate.ts';
import { formatBounded, formatDateish } from '$lib/format/index.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	byMonth: deathsByMonth(loadPackage().data.incidents).map((m) => ({
		month: formatDateish(m.month),
		killed: formatBounded(m),
		isMinimum: m.isMinimum,
		incidents: m.incidents
	})),
	spec: figure('deaths-per-incident'),
	incidents: [...loadPackage().data.incidents]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((d) => ({ ...d, dateLabel: formatDateish(d.date, d.date_approximate) }))
});
