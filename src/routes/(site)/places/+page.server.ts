import { placeStories } from '$lib/charts/places/spec.ts';
import { capitalise, listInWords } from '$lib/format/index.ts';
import { pageFigures } from '$lib/server/charts.ts';
import { loadPackage } from '$lib/server/data.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	specs: pageFigures('/places/'),
	places: placeStories(loadPackage().data).map(({ place, sentences, link, sections }) => ({
		id: place.id,
		name: capitalise(place.name),
		kind: place.kind,
		what: sentences.length ? `${capitalise(listInWords(sentences))}.` : '',
		link,
		section: sections[0] ?? place.section
	}))
});
