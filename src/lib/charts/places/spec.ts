import { geoDistance } from 'd3';
import { COLUMNS, type Dataset, type Place, type Section } from '../../data/types.ts';
import { capitalise, parseDateish } from '../../format/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { mapCredit } from '../geo.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import PlacesChart from './PlacesChart.svelte';
import { layoutPlaces, type PlaceDatum, type PlaceLine, type PlacesLayout } from './geometry.ts';
import { wordOf } from '../../i18n/rows.ts';

/** The charts a place's label links to, by what happened there. */
export const STORY_CHARTS = {
	deaths: '/incidents/#deaths-per-incident',
	convictions: '/sentences/#convicted-per-case',
	meetings: '/timeline/#events-by-theme'
} as const;

/** Mean radius of the Earth in km, to turn d3's angular distance into kilometres. */
const EARTH_KM = 6371;

/** A place's name in the edition's language. */
export const placeName = (lang: Lang, id: string) =>
	wordOf(lang.m.names.places, id, 'place name', lang);

/** A report heading in the edition's language. */
export const sectionName = (lang: Lang, section: Section) =>
	wordOf(lang.m.ui.sections, section, 'section heading', lang);

export interface PlaceStory {
	place: Place;
	/** The place's name in the edition's language. */
	name: string;
	lines: PlaceLine[];
	/** The same, in sentences, for the title and the text alternative. */
	sentences: string[];
	link: string | null;
	sections: Section[];
}

/** What the report says happened at each place, from the tables that point to it. */
export function placeStories(data: Dataset, lang: Lang): PlaceStory[] {
	const { f } = lang;
	const w = lang.m.places.map;
	const monthAbbr = (date: string) => f.date(parseDateish(date.slice(0, 7)), 'monthAbbr');
	return data.places.map((place) => {
		const lines: PlaceLine[] = [];
		const sentences: string[] = [];
		const sections = new Set<Section>([place.section]);
		let link: string | null = null;
		const incidents = data.incidents
			.filter((d) => d.place_id === place.id)
			.sort((a, b) => a.date.localeCompare(b.date));
		for (const d of incidents) {
			const killed = `${f.bounded({ value: d.killed, isMinimum: d.killed_is_minimum })} ${f.plural(d.killed, d.killed_is_minimum ? w.killedAtLeast : w.killed)}`;
			lines.push({
				text: w.killedLine(killed, f.dayShort(d.date, d.date_approximate)),
				minimum: d.killed_is_minimum
			});
			sentences.push(
				w.killedSentence({
					killed,
					date: f.dateish(d.date, d.date_approximate),
					kind: lang.m.places.incidentKinds[d.kind]
				})
			);
			sections.add(d.section);
			link ??= STORY_CHARTS.deaths;
		}
		for (const c of data.convictions.filter((row) => row.place_id === place.id)) {
			if (c.convicted === null) continue;
			lines.push({
				text: w.convictedLine(f.count(c.convicted), monthAbbr(c.verdict_month)),
				minimum: false
			});
			sentences.push(
				w.convictedSentence({
					people: f.countOf(c.convicted, w.people),
					month: f.dateish(c.verdict_month),
					offence: wordOf(lang.m.places.offences, c.id, 'offence', lang),
					attack: c.related_attack_date ? f.dateish(c.related_attack_date) : null
				})
			);
			sections.add(c.section);
			link ??= STORY_CHARTS.convictions;
		}
		const incidentIds = new Set(data.incidents.map((d) => d.id));
		const meetings = data.events.filter(
			(e) =>
				e.place_id === place.id &&
				e.theme === 'cooperation' &&
				!incidentIds.has(e.id) &&
				e.date !== null
		);
		if (meetings.length) {
			lines.push({
				text: w.meetingsLine(
					f.countOf(meetings.length, w.meetings),
					meetings.map((e) => monthAbbr(e.date as string)).join(', ')
				),
				minimum: false
			});
			for (const e of meetings) {
				sentences.push(
					w.meetingSentence(
						wordOf(lang.m.events.labels, e.id, 'development name', lang),
						f.dateish(e.date as string)
					)
				);
				sections.add(e.section);
			}
			link ??= STORY_CHARTS.meetings;
		}
		return {
			place,
			name: placeName(lang, place.id),
			lines,
			sentences,
			link,
			sections: [...sections]
		};
	});
}

/** The place's position in words, and what kind of position it is. */
function positionWords(place: Place, lang: Lang): string {
	const w = lang.m.places.map;
	if (place.lat === null || place.lon === null) return w.positionRegion;
	const position = lang.f.position(place.lat, place.lon);
	if (place.precision === 'near')
		return w.positionNear(placeName(lang, place.near_place_id ?? ''), position);
	return w.positionPoint(position, place.gazetteer_name);
}

/** A place's sentences as one, capitalised; empty when nothing is told there. */
const sentencesOf = (lang: Lang, sentences: string[]) =>
	sentences.length ? lang.m.places.map.sentences(sentences.map(capitalise)) : '';

/** The words for a region: what it is and which places the report puts in it. */
function regionWords(data: Dataset, place: Place, lang: Lang): string {
	const inside = data.places
		.filter((p) => p.region_id === place.id)
		.map((p) => placeName(lang, p.id));
	return lang.m.places.map.regionAbout(inside.length ? lang.f.list(inside) : null);
}

/** The places as the map draws them: name, position, what happened there and where that is charted. */
export function placeDatums(data: Dataset, lang: Lang): PlaceDatum[] {
	const stories = placeStories(data, lang);
	const members = (region: Place) =>
		data.places.filter((p) => p.region_id === region.id).map((p) => p.id);
	return stories.map(({ place, name, lines, sentences, link }) => ({
		id: place.id,
		name: capitalise(name),
		kind: place.kind,
		lon: place.lon,
		lat: place.lat,
		members: members(place),
		lines,
		link,
		title:
			place.kind === 'region'
				? `${capitalise(name)}: ${regionWords(data, place, lang)}`
				: lang.m.places.map.placeTitle(
						capitalise(name),
						positionWords(place, lang),
						sentencesOf(lang, sentences),
						lang.m.places.source(sectionName(lang, place.section))
					)
	}));
}

/** Each place in words, for the list beside the map: its name, kind and what the report says happened there. */
export function placeList(data: Dataset, lang: Lang) {
	return placeStories(data, lang).map(({ place, name, sentences, link, sections }) => ({
		id: place.id,
		name: capitalise(name),
		kind: lang.m.places.kinds[place.kind],
		// A region has nothing of its own to tell: the words the map gives it say what it is.
		what:
			place.kind === 'region'
				? capitalise(regionWords(data, place, lang))
				: sentencesOf(lang, sentences),
		link,
		section: sections[0] ?? place.section
	}));
}

/** The report's places on a map of Kazakhstan and its neighbours. */
export const placesChart: ChartDefinition<'places', PlacesLayout> = {
	kind: 'places',
	component: PlacesChart,
	build(data: Dataset, lang: Lang) {
		const { f } = lang;
		const w = lang.m.places.map;
		const stories = placeStories(data, lang);
		const datums = placeDatums(data, lang);
		const name = (id: string) => placeName(lang, id);
		const positioned = data.places.filter(
			(p): p is Place & { lat: number; lon: number } =>
				p.lat !== null && p.lon !== null && p.precision === 'point'
		);
		const pairs = positioned.flatMap((a, i) =>
			positioned.slice(i + 1).map((b) => ({
				a,
				b,
				km: geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_KM
			}))
		);
		const farthest = [...pairs].sort((x, y) => y.km - x.km)[0];
		const named = (kind: 'deaths' | 'convictions' | 'meetings') =>
			f.list(stories.filter((s) => s.link === STORY_CHARTS[kind]).map((s) => s.name));
		const unplaced = data.incidents.filter((d) => d.place_id === null);
		const attackCities = data.convictions.filter((c) => c.place_id && c.related_attack_date);
		const credits = lang.m.places.credits;
		return {
			id: 'places-map',
			kind: 'places',
			page: '/places/',
			title: w.title,
			takeaway: w.takeaway({
				cities: f.countOf(positioned.length, w.cities),
				deaths: named('deaths'),
				convictions: named('convictions'),
				meetings: named('meetings'),
				farthest: farthest
					? {
							a: name(farthest.a.id),
							b: name(farthest.b.id),
							km: f.count(Math.round(farthest.km / 100) * 100)
						}
					: null
			}),
			desc: datums.map((d) => d.title).join(' '),
			sections: [...new Set(stories.flatMap((s) => s.sections))],
			notes: [
				...data.places
					.filter((p) => p.precision === 'near')
					.map((p) => w.noteNear(capitalise(name(p.id)), name(p.near_place_id ?? ''))),
				...data.places
					.filter((p) => p.kind === 'region')
					.map((p) => w.noteRegion(capitalise(name(p.id)))),
				...(attackCities.length
					? [capitalise(w.noteAttacks(f.list(attackCities.map((c) => name(c.place_id as string)))))]
					: []),
				...(unplaced.length
					? [
							w.noteUnplaced(
								f.list(
									unplaced.map((d) =>
										w.unplacedItem(
											lang.m.places.incidentKinds[d.kind],
											f.dateish(d.date, d.date_approximate)
										)
									)
								),
								unplaced.length
							)
						]
					: []),
				w.noteDots
			],
			credit: mapCredit(lang),
			shortCredit: credits.shortMap,
			key: [
				{ symbol: 'place' as const, words: w.key.place },
				...(data.places.some((p) => p.precision === 'near')
					? [{ symbol: 'near' as const, words: w.key.near }]
					: []),
				...(data.places.some((p) => p.kind === 'region')
					? [{ symbol: 'region' as const, words: w.key.region }]
					: []),
				...(data.incidents.some((d) => d.killed_is_minimum && d.place_id)
					? [{ symbol: 'minimum-words' as const, words: w.key.minimum }]
					: [])
			],
			layouts: layoutsFor((width) => layoutPlaces(datums, width)),
			table: {
				columns: tableColumns(w.columns),
				rows: stories.map(({ place, name, sentences, sections }) => ({
					place: capitalise(name),
					kind: lang.m.places.kinds[place.kind],
					position: capitalise(positionWords(place, lang)),
					what: sentences.length ? sentencesOf(lang, sentences) : '—',
					section: sections.map((s) => sectionName(lang, s)).join('; ')
				}))
			},
			csv: {
				// Every column of places.csv, then what the report says happened at each place.
				columns: [...COLUMNS.places, 'what_happened'],
				rows: stories.map(({ place, name, sentences }) => ({
					...place,
					name,
					section: sectionName(lang, place.section),
					what_happened: sentences.join('; ')
				}))
			}
		};
	}
};
