import { formatDateish } from '$lib/format/index.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	spec: figure('deaths-per-incident'),
	incidents: [...loadPackage().data.incidents]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((d) => ({ ...d, dateLabel: formatDateish(d.date, d.date_approximate) }))
});
