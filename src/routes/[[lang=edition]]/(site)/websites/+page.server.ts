import { langOf } from '$lib/server/edition.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import { formatCount, formatPeriod } from '$lib/format/index.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	spec: figure('websites', langOf(params)),
	// Who counted what, over which period: the reason the figures are not compared.
	sources: loadPackage().data.websites.map(
		(w) =>
			`the ${w.agency} counted websites ${w.measure === 'reviewed' ? 'reviewed for violent extremist content' : 'shut down'}, ${formatPeriod(w.period_start, w.period_end)}`
	),
	figures: loadPackage().data.websites.map((w) => ({
		id: w.id,
		count: formatCount(w.websites),
		measure: w.measure === 'reviewed' ? 'reviewed' : 'shut down',
		period: formatPeriod(w.period_start, w.period_end),
		summary: w.summary,
		section: w.section
	}))
});
