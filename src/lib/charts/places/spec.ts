import { geoDistance } from 'd3';
import { COLUMNS, type Dataset, type Place, type Section } from '../../data/types.ts';
import {
	capitalise,
	countOf,
	formatBounded,
	formatCount,
	formatDate,
	formatDateish,
	formatDayShort,
	formatPosition,
	listInWords,
	parseDateish
} from '../../format/index.ts';
import { MAP_CREDIT, SHORT_CREDITS } from '../geo.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import PlacesChart from './PlacesChart.svelte';
import { layoutPlaces, type PlaceDatum, type PlaceLine, type PlacesLayout } from './geometry.ts';

/** The charts a place's label links to, by what happened there. */
export const STORY_CHARTS = {
	deaths: '/incidents/#deaths-per-incident',
	convictions: '/sentences/#convicted-per-case',
	meetings: '/timeline/#events-by-theme'
} as const;

/** Mean radius of the Earth in km, to turn d3's angular distance into kilometres. */
const EARTH_KM = 6371;

export interface PlaceStory {
	place: Place;
	lines: PlaceLine[];
	/** The same, in sentences, for the title and the text alternative. */
	sentences: string[];
	link: string | null;
	sections: Section[];
}

const monthAbbr = (date: string) => formatDate(parseDateish(date.slice(0, 7)), 'monthAbbr');

/** What the report says happened at each place, from the tables that point to it. */
export function placeStories(data: Dataset): PlaceStory[] {
	return data.places.map((place) => {
		const lines: PlaceLine[] = [];
		const sentences: string[] = [];
		const sections = new Set<Section>([place.section]);
		let link: string | null = null;
		const incidents = data.incidents
			.filter((d) => d.place_id === place.id)
			.sort((a, b) => a.date.localeCompare(b.date));
		for (const d of incidents) {
			const killed = formatBounded({ value: d.killed, isMinimum: d.killed_is_minimum });
			lines.push({
				text: `${killed} killed · ${formatDayShort(d.date, d.date_approximate)}`,
				minimum: d.killed_is_minimum
			});
			sentences.push(
				`${killed} killed on ${formatDateish(d.date, d.date_approximate)} (${d.kind})`
			);
			sections.add(d.section);
			link ??= STORY_CHARTS.deaths;
		}
		for (const c of data.convictions.filter((row) => row.place_id === place.id)) {
			if (c.convicted === null) continue;
			lines.push({
				text: `${formatCount(c.convicted)} convicted · ${monthAbbr(c.verdict_month)}`,
				minimum: false
			});
			sentences.push(
				`${countOf(c.convicted, 'person', 'people')} convicted in ${formatDateish(c.verdict_month)} of ${c.offence.toLowerCase()}${c.related_attack_date ? `, over the attack of ${formatDateish(c.related_attack_date)} there` : ''}`
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
				text: `${countOf(meetings.length, 'meeting', 'meetings')} · ${meetings.map((e) => monthAbbr(e.date as string)).join(', ')}`,
				minimum: false
			});
			for (const e of meetings) {
				sentences.push(`${e.label} (${formatDateish(e.date as string)})`);
				sections.add(e.section);
			}
			link ??= STORY_CHARTS.meetings;
		}
		return { place, lines, sentences, link, sections: [...sections] };
	});
}

/** The place's position in words, and what kind of position it is. */
function positionWords(place: Place, byId: Map<string, Place>): string {
	if (place.lat === null || place.lon === null) return 'a region named without a boundary';
	const position = formatPosition(place.lat, place.lon);
	if (place.precision === 'near') {
		const near = byId.get(place.near_place_id ?? '');
		return `somewhere near ${near?.name ?? 'a city'}, whose position (${position}) the ring is drawn around; the report names no village`;
	}
	return `${position}${place.gazetteer_name ? `, ${place.gazetteer_name} in GeoNames` : ''}`;
}

/** The places as the map draws them: name, position, what happened there and where that is charted. */
export function placeDatums(data: Dataset): PlaceDatum[] {
	const stories = placeStories(data);
	const byId = new Map(data.places.map((p) => [p.id, p]));
	const members = (region: Place) =>
		data.places.filter((p) => p.region_id === region.id).map((p) => p.id);
	return stories.map(({ place, lines, sentences, link }) => {
		const what = sentences.length ? `${capitalise(listInWords(sentences))}.` : '';
		const inside = members(place).map((id) => byId.get(id)?.name ?? id);
		return {
			id: place.id,
			name: capitalise(place.name),
			kind: place.kind,
			lon: place.lon,
			lat: place.lat,
			members: members(place),
			lines,
			link,
			title:
				place.kind === 'region'
					? `${capitalise(place.name)}: a region the report names${inside.length ? `, with ${listInWords(inside)} in it` : ''}, without a boundary; its name is set over the area and no line is drawn.`
					: `${capitalise(place.name)} (${positionWords(place, byId)}). ${what} Source: “${place.section}”.`
		};
	});
}

/** The report's places on a map of Kazakhstan and its neighbours. */
export const placesChart: ChartDefinition<'places', PlacesLayout> = {
	kind: 'places',
	component: PlacesChart,
	build(data: Dataset) {
		const stories = placeStories(data);
		const byId = new Map(data.places.map((p) => [p.id, p]));
		const datums = placeDatums(data);
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
			stories.filter((s) => s.link === STORY_CHARTS[kind]).map((s) => s.place.name);
		const unplaced = data.incidents.filter((d) => d.place_id === null);
		const attackCities = data.convictions.filter((c) => c.place_id && c.related_attack_date);
		return {
			id: 'places-map',
			kind: 'places',
			page: '/places/',
			title: 'Where it happened: the places the report names',
			takeaway: `The report names ${countOf(positioned.length, 'city or town', 'cities and towns')} across Kazakhstan, for deaths (${listInWords(named('deaths'))}), convictions (${listInWords(named('convictions'))}) and meetings (${listInWords(named('meetings'))})${farthest ? `; the farthest apart, ${farthest.a.name} and ${farthest.b.name}, are about ${formatCount(Math.round(farthest.km / 100) * 100)} km from each other` : ''}.`,
			desc: datums.map((d) => d.title).join(' '),
			sections: [...new Set(stories.flatMap((s) => s.sections))],
			notes: [
				...data.places
					.filter((p) => p.precision === 'near')
					.map(
						(p) =>
							`The report places ${p.name} only near ${byId.get(p.near_place_id ?? '')?.name ?? 'a city'}: the dashed ring stands for an area around the city, not a point.`
					),
				...data.places
					.filter((p) => p.kind === 'region')
					.map(
						(p) =>
							`The report names ${p.name} without a boundary, so its name is set over the area and no line is drawn for it.`
					),
				...(attackCities.length
					? [
							`For ${listInWords(attackCities.map((c) => c.city as string))}, the map shows where the attacks behind the trials took place; the report does not say where the trials were held.`
						]
					: []),
				...(unplaced.length
					? [
							`The report gives no place for ${listInWords(unplaced.map((d) => `the ${d.kind} of ${formatDateish(d.date, d.date_approximate)}`))}, so ${unplaced.length === 1 ? 'it is' : 'they are'} not on the map.`
						]
					: []),
				'A dot marks a position, not a size: the map draws no toll or count as an area.'
			],
			credit: MAP_CREDIT,
			shortCredit: SHORT_CREDITS.map,
			key: [
				{ symbol: 'place' as const, words: 'a city or town, at its GeoNames position' },
				...(data.places.some((p) => p.precision === 'near')
					? [
							{
								symbol: 'near' as const,
								words: 'somewhere near a city, as the report gives it: an area, not a point'
							}
						]
					: []),
				...(data.places.some((p) => p.kind === 'region')
					? [
							{
								symbol: 'region' as const,
								words: 'a region named without a boundary: its name alone'
							}
						]
					: []),
				...(data.incidents.some((d) => d.killed_is_minimum && d.place_id)
					? [
							{
								symbol: 'minimum-words' as const,
								words: 'a toll the report gives as “at least” this many'
							}
						]
					: [])
			],
			layouts: layoutsFor((width) => layoutPlaces(datums, width)),
			table: {
				columns: tableColumns({
					place: 'Place',
					kind: 'Kind',
					position: 'Position',
					what: 'What the report says happened there',
					section: 'Source'
				}),
				rows: stories.map(({ place, sentences, sections }) => ({
					place: capitalise(place.name),
					kind: place.kind,
					position: positionWords(place, byId),
					what: sentences.length ? capitalise(listInWords(sentences)) : '—',
					section: sections.join('; ')
				}))
			},
			csv: {
				// Every column of places.csv, then what the report says happened at each place.
				columns: [...COLUMNS.places, 'what_happened'],
				rows: stories.map(({ place, sentences }) => ({
					...place,
					what_happened: sentences.join('; ')
				}))
			}
		};
	}
};
