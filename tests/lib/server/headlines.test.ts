import { describe, expect, it } from 'vitest';
import type {
	Conviction,
	ConvictionRow,
	Dataset,
	Incident,
	IncidentKind,
	KilledDescribed
} from '../../../src/lib/data/types.ts';
import { headlines } from '../../../src/lib/server/headlines.ts';
import { shareCardSvg } from '../../../src/lib/server/share.ts';
import { conviction, incident, notStated, range, toLife } from '../data/rows.ts';
import { published, publishedCases, thousands } from './published.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');

const empty: Dataset = {
	incidents: [],
	convictions: [],
	websites: [],
	events: [],
	participants: [],
	places: []
};

function dataset(incidents: Incident[], convictions: ConvictionRow[] = []): Dataset {
	return { ...empty, incidents, convictions };
}

/** A made-up incident of a kind, its dead described as the report might. */
function of(
	kind: IncidentKind,
	killed: number,
	{ minimum = false, described = 'suspects' as KilledDescribed, day = '2012-07-11' } = {}
): Incident {
	return {
		...incident(day, killed, minimum),
		id: `${kind}-${day}-${killed}`,
		kind,
		killed_described: described
	};
}

/** How each kind's deaths must be told, in words of their own. */
const TOLD: Record<IncidentKind, RegExp> = {
	'security operation': /killed by security forces/,
	explosion: /died in (explosions|[\d,]+ blasts?)/
};

const deathsOf = (data: Dataset) => headlines(data, EN).find((h) => h.id === 'deaths');

describe('the deaths headline', () => {
	describe.each([
		{ name: 'the published data', data: published },
		{ name: 'security operations only', data: dataset([of('security operation', 9)]) },
		{ name: 'explosions only', data: dataset([of('explosion', 8, { described: 'not stated' })]) },
		{
			name: 'both kinds, one toll a minimum',
			data: dataset([of('explosion', 8), of('security operation', 2, { minimum: true })])
		},
		{
			name: 'both kinds, every toll a minimum',
			data: dataset([
				of('explosion', 3, { minimum: true }),
				of('security operation', 1500, { minimum: true, day: '2012-09-12' })
			])
		}
	])('$name', ({ data }) => {
		const deaths = deathsOf(data);
		const kinds = [...new Set(data.incidents.map((d) => d.kind))];
		const words = [
			...(deaths?.figures ?? []).flatMap((f) => [f.value, f.label, f.context]),
			deaths?.note ?? ''
		].join(' ');

		it('gives one figure per kind of incident, each told in its own words', () => {
			expect(deaths?.figures.length).toBe(kinds.length);
			for (const kind of kinds) expect(words).toMatch(TOLD[kind]);
		});

		it.each(kinds)(
			'gives the deaths in %s with "at least" exactly when one of its tolls is a minimum',
			(kind) => {
				const rows = data.incidents.filter((d) => d.kind === kind);
				const figure = deaths?.figures.find((f) => TOLD[kind].test(f.label));
				const sum = rows.reduce((n, d) => n + d.killed, 0);
				const minimum = rows.some((d) => d.killed_is_minimum);
				expect(figure?.value).toBe(`${minimum ? 'at least ' : ''}${thousands(sum)}`);
				expect(figure?.isMinimum).toBe(minimum);
			}
		);

		it('states a total only beside the split, saying the report gives none', () => {
			const total = data.incidents.reduce((n, d) => n + d.killed, 0);
			if (kinds.length < 2) {
				expect(deaths?.note).toBeNull();
			} else {
				expect(deaths?.note).toMatch(/report gives no total/);
				expect(deaths?.note).toContain(thousands(total));
			}
			// No figure of the tile is the sum.
			for (const f of deaths?.figures ?? [])
				if (kinds.length > 1) expect(f.value.replace(/^at least /, '')).not.toBe(thousands(total));
		});

		it('says who died only as the report does', () => {
			const unsaid = data.incidents.some((d) => d.killed_described === 'not stated');
			expect(/does not say who/.test(words)).toBe(unsaid);
		});
	});

	it('never says who the eight of the July blast were', () => {
		const deaths = deathsOf(published);
		const explosions = deaths?.figures.find((f) => /explosions/.test(f.label));
		expect(explosions?.context).toMatch(
			/1 a suspect; the report does not say who the other 8 were/
		);
	});
});

describe('every headline', () => {
	it.each([
		{ name: 'the published data', data: published },
		{ name: 'a large minimum', data: dataset([of('security operation', 1500, { minimum: true })]) }
	])(
		'has a unique id, figures with values and labels, and "at least" on each lower bound: $name',
		({ data }) => {
			const all = headlines(data, EN);
			const ids = all.map((h) => h.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const h of all) {
				expect(h.page).toMatch(/^\/([a-z-]+\/)*$/);
				for (const f of h.figures) {
					expect(f.value.trim()).not.toBe('');
					expect(f.label.trim()).not.toBe('');
					expect(f.value.startsWith('at least')).toBe(f.isMinimum);
				}
			}
		}
	);
});

describe('the convicted headline', () => {
	const dozens: ConvictionRow = {
		...conviction('during-the-year'),
		city: null,
		convicted: null,
		convicted_words: 'dozens',
		verdict_month: '2012',
		verdict_month_precision: 'year'
	};
	const attack = (id: string, n: number, date: string): Conviction =>
		conviction(id, {
			convicted: n,
			related_attack_date: date,
			related_attack_date_precision: 'month'
		});

	it.each([
		{ name: 'the published data', rows: published.convictions },
		{ name: 'one case and the dozens', rows: [attack('a', 4, '2011-11'), dozens] },
		{ name: 'no detailed case, only the dozens', rows: [dozens] },
		{
			name: 'cases of two years and the dozens',
			rows: [attack('a', 4, '2011-11'), attack('b', 6, '2012-02'), dozens]
		}
	])('carries the report’s “dozens” in the tile itself: $name', ({ rows }) => {
		const h = headlines(dataset([], rows), EN).find((x) => x.id === 'convicted');
		expect(h?.note).toMatch(/“dozens”/);
		expect(h?.note).toMatch(/without a number/);
	});

	it('names the year of the attacks each count concerns', () => {
		const h = headlines(
			dataset([], [attack('a', 4, '2011-11'), attack('b', 6, '2012-02')]),
			EN
		).find((x) => x.id === 'convicted');
		expect(h?.figures[0]?.context).toMatch(/4 over attacks in 2011 and 6 over attacks in 2012/);
	});

	it('counts the people in the cases the report details, and says they are those cases', () => {
		const h = headlines(published, EN).find((x) => x.id === 'convicted');
		const total = publishedCases.reduce((sum, c) => sum + c.convicted, 0);
		expect(h?.figures[0]?.value).toBe(thousands(total));
		expect(h?.figures[0]?.label).toBe(
			`people convicted in ${publishedCases.length} detailed cases`
		);
		expect(h?.figures[0]?.context).toMatch(/52 over attacks in 2011/);
	});
});

/** A card's words as a reader sees them, the lines of each text joined. */
const cardWords = (name: string) =>
	shareCardSvg(name, EN)
		.replace(/<style>[\s\S]*?<\/style>/, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe.each(['overview', 'incidents', 'chart-deaths-per-incident'])(
	'the share card %s',
	(name) => {
		const words = cardWords(name);
		it.each(Object.entries(TOLD))('tells the deaths in %s apart', (_, told) => {
			expect(words).toMatch(told);
		});
		it('gives no total of deaths but as a sum the report does not give', () => {
			const total = published.incidents.reduce((n, d) => n + d.killed, 0);
			const at = words.indexOf(`at least ${total}`);
			if (at >= 0)
				expect(words.slice(0, at)).toMatch(/report gives no total; added up, these come to $/);
			expect(words).not.toMatch(/people killed/);
		});
	}
);

describe('sentences', () => {
	const value = (rows: Conviction[]) =>
		headlines(dataset([], rows), EN).find((x) => x.id === 'sentences')?.figures[0]?.value;

	it.each([
		{ name: 'like the report', rows: [toLife('a', 5), range('b', 5, 15), notStated('c')] },
		{ name: 'ranges only', rows: [range('a', 2, 8), range('b', 4, 12)] },
		{ name: 'one fixed term', rows: [range('a', 7, 7)] },
		{ name: 'equal fixed terms', rows: [range('a', 4, 4), range('b', 4, 4)] },
		{ name: 'an unstated case beside a range', rows: [notStated('a'), range('b', 3, 6)] },
		{ name: 'life only', rows: [toLife('a', 10)] }
	])('spans the shortest to the longest stated term: $name', ({ rows }) => {
		const stated = rows.filter((c) => c.sentence_stated);
		const min = Math.min(...stated.map((c) => c.sentence_min_years as number));
		const life = stated.some((c) => c.sentence_max_life);
		const max = Math.max(...stated.map((c) => c.sentence_max_years ?? 0));
		// Life is not a number; a single term is given once.
		const numbers = life || max === min ? [min] : [min, max];
		expect((value(rows)?.match(/\d+/g) ?? []).map(Number)).toEqual(numbers);
		expect(value(rows)?.startsWith(`${min} `)).toBe(true);
		expect(/\blife$/.test(value(rows) ?? '')).toBe(life);
	});

	it.each([
		{ name: 'one unstated', rows: [notStated('a'), range('b', 3, 6)], unstated: 1 },
		{ name: 'two unstated', rows: [notStated('a'), notStated('c'), toLife('b', 5)], unstated: 2 },
		{ name: 'none unstated', rows: [range('b', 3, 6)], unstated: 0 }
	])('mentions cases with no stated sentence: $name', ({ rows, unstated }) => {
		const h = headlines(dataset([], rows), EN).find((x) => x.id === 'sentences');
		expect(/no stated sentence/.test(h?.figures[0]?.context ?? '')).toBe(unstated > 0);
		expect(h?.figures[0]?.value).not.toMatch(/^0\b/);
	});

	it('has no sentence headline when no sentence is stated, rather than a zero', () => {
		const all = headlines(dataset([], [notStated('a'), notStated('b')]), EN);
		expect(all.find((h) => h.id === 'sentences')).toBeUndefined();
	});
});

it('gives each website figure with thousands separators', () => {
	const values = headlines(published, EN)
		.filter((h) => h.id.startsWith('websites-'))
		.map((h) => h.figures[0]?.value);
	expect(values.sort()).toEqual(published.websites.map((w) => thousands(w.websites)).sort());
});
