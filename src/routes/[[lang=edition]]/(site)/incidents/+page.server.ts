import { langOf } from '$lib/server/edition.ts';
import { deathsParts, deathsTotalNote } from '$lib/charts/incidents/deaths.ts';
import { placeInWords, tollInWords } from '$lib/charts/incidents/geometry.ts';
import { regionInWords, summaryInWords } from '$lib/charts/incidents/spec.ts';
import { figure } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = langOf(params);
	const { incidents } = loadPackage().data;
	return {
		// Deaths by who killed and how, as the report tells them; a sum only beside them.
		parts: deathsParts(incidents, lang),
		totalNote: deathsTotalNote(incidents, lang),
		spec: figure('deaths-per-incident', lang),
		incidents: [...incidents]
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((d) => ({
				id: d.id,
				placeId: d.place_id,
				section: d.section,
				dateLabel: lang.f.dateish(d.date, d.date_approximate),
				place: placeInWords(d, lang, 'notNamed'),
				region: regionInWords(d, lang),
				kind: lang.m.incidents.kind[d.kind],
				toll: tollInWords(d, lang),
				summary: summaryInWords(d, lang)
			}))
	};
};
