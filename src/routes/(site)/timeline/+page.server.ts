import { THEMES } from '$lib/charts/events/geometry.ts';
import { formatDateish } from '$lib/format/index.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { events, participants } = loadPackage().data;
	return {
		spec: figure('events-by-theme'),
		events: [...events]
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
			.map((e) => ({
				...e,
				dateLabel: formatDateish(e.date),
				themeLabel: THEMES.find((t) => t.theme === e.theme)?.label ?? e.theme,
				countries: participants.filter((p) => p.event_id === e.id).map((p) => p.country)
			}))
	};
};
