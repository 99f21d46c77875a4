import { langOf } from '$lib/server/edition.ts';
import { placeDatums, placeStories } from '$lib/charts/places/spec.ts';
import { capitalise, listInWords } from '$lib/format/index.ts';
import { pageFigures } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { data } = loadPackage();
	const titles = new Map(placeDatums(data).map((d) => [d.id, d.title]));
	return {
		specs: pageFigures('/places/', langOf(params)),
		places: placeStories(data).map(({ place, sentences, link, sections }) => ({
			id: place.id,
			name: capitalise(place.name),
			kind: place.kind,
			// A region has nothing of its own to tell: the map's words for it say what it is.
			what: sentences.length
				? `${capitalise(listInWords(sentences))}.`
				: capitalise((titles.get(place.id) ?? '').replace(/^[^:]*: /, '')),
			link,
			section: sections[0] ?? place.section
		}))
	};
};
