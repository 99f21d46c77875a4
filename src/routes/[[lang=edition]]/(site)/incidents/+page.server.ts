import { langOf } from '$lib/server/edition.ts';
import { deathsParts, deathsTotalNote } from '$lib/charts/incidents/deaths.ts';
import { formatDateish } from '$lib/format/index.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { incidents } = loadPackage().data;
	return {
		// Deaths by who killed and how, as the report tells them; a sum only beside them.
		parts: deathsParts(incidents),
		totalNote: deathsTotalNote(incidents),
		spec: figure('deaths-per-incident', langOf(params)),
		incidents: [...incidents]
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((d) => ({ ...d, dateLabel: formatDateish(d.date, d.date_approximate) }))
	};
};
