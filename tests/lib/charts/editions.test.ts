/**
 * The incidents, websites and convicted charts and the home tiles in the Russian and Kazakh
 * editions: no English word in anything they say, a translation for every data row they show,
 * and Russian and Kazakh numbers with their nouns in the right form.
 */
import { describe, expect, it } from 'vitest';
import { convictedChart } from '../../../src/lib/charts/convicted/spec.ts';
import { incidentsChart } from '../../../src/lib/charts/incidents/spec.ts';
import { websitesChart } from '../../../src/lib/charts/websites/spec.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';
import { headlines } from '../../../src/lib/server/headlines.ts';
import { published } from '../server/published.ts';

const TRANSLATED = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/**
 * Latin words allowed in a translated edition: proper names with no Cyrillic form. The report's
 * English title is cited as it is published, with the translation beside it elsewhere.
 */
const ALLOWED_LATIN = new Set(['Refworld', 'Country', 'Reports', 'Terrorism', 'Kazakhstan']);

/** Every word of four or more Latin letters that is not on the allow-list. */
function englishWords(text: string): string[] {
	return (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));
}

/** Every string anywhere in a value, with where it is. */
function strings(value: unknown, at = ''): { at: string; text: string }[] {
	if (typeof value === 'string') return [{ at, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
	return [];
}

const CHARTS = [incidentsChart, websitesChart, convictedChart];

describe.each(TRANSLATED)('the %s edition', (locale) => {
	const lang = langFor(locale);

	describe.each(CHARTS.map((c) => ({ kind: c.kind, chart: c })))('the $kind chart', ({ chart }) => {
		const spec = chart.build(published, lang);
		const said = {
			title: spec.title,
			takeaway: spec.takeaway,
			desc: spec.desc,
			notes: spec.notes,
			key: spec.key.map((k) => k.words),
			table: spec.table,
			// Every word drawn in the SVG, at every width: headings, labels, details, titles.
			layouts: spec.layouts
		};

		it('says nothing in English', () => {
			const found = strings(said)
				.filter(
					(s) =>
						!s.at.endsWith('.id') &&
						!s.at.endsWith('.key') &&
						!s.at.endsWith('.kind') &&
						!s.at.endsWith('.anchor')
				)
				.flatMap((s) => englishWords(s.text).map((w) => `${s.at}: ${w}`));
			expect(found).toEqual([]);
		});

		it('writes its CSV words in the edition, and keeps its codes', () => {
			const words = spec.csv.rows.flatMap((row) =>
				Object.entries(row as Record<string, unknown>)
					.filter(([k]) => ['place', 'region', 'summary', 'agency', 'city'].includes(k))
					.flatMap(([k, v]) =>
						typeof v === 'string' ? englishWords(v).map((w) => `${k}: ${w}`) : []
					)
			);
			expect(words).toEqual([]);
		});
	});

	it('says nothing in English in the home tiles', () => {
		const found = strings(headlines(published, lang))
			.filter((s) => !/\.(id|page|section)$/.test(s.at))
			.flatMap((s) => englishWords(s.text).map((w) => `${s.at}: ${w}`));
		expect(found).toEqual([]);
	});

	it('has a translation for every row of the data it shows, by id', () => {
		const { m } = lang;
		const missing = [
			...published.incidents.flatMap((d) => [
				...(m.incidents.summaries[d.id] ? [] : [`incident summary ${d.id}`]),
				...(d.region && !m.incidents.regions[d.id] ? [`incident region ${d.id}`] : []),
				...(d.place_id && !m.names.places[d.place_id] ? [`place ${d.place_id}`] : [])
			]),
			...published.websites.flatMap((w) => [
				...(m.websites.summaries[w.id] ? [] : [`website summary ${w.id}`]),
				...(m.websites.agencies[w.id] ? [] : [`website agency ${w.id}`])
			]),
			...published.convictions.flatMap((c) => [
				...(m.convicted.summaries[c.id] ? [] : [`conviction summary ${c.id}`]),
				...(m.convicted.offences[c.id] ? [] : [`conviction offence ${c.id}`]),
				...(m.convicted.convictedFor[c.id] ? [] : [`conviction "for" ${c.id}`]),
				...(c.group && !m.convicted.groups[c.id] ? [`conviction group ${c.id}`] : []),
				...(c.convicted_words && !m.convicted.countWords[c.id] ? [`conviction words ${c.id}`] : []),
				...(c.place_id && !m.names.places[c.place_id] ? [`place ${c.place_id}`] : [])
			])
		];
		expect(missing).toEqual([]);
	});

	it('has no translation of a row the data does not hold', () => {
		const ids = new Set([
			...published.incidents.map((d) => d.id),
			...published.websites.map((w) => w.id),
			...published.convictions.map((c) => c.id)
		]);
		const { m } = lang;
		const stray = [
			m.incidents.summaries,
			m.incidents.regions,
			m.websites.summaries,
			m.websites.agencies,
			m.convicted.summaries,
			m.convicted.offences,
			m.convicted.convictedFor,
			m.convicted.groups,
			m.convicted.countWords
		].flatMap((words) => Object.keys(words).filter((id) => !ids.has(id)));
		expect(stray).toEqual([]);
	});

	it('fails the build, naming the row, when a summary is missing', () => {
		const incidents = [{ ...published.incidents[0]!, id: 'a-row-with-no-translation' }];
		expect(() => incidentsChart.build({ ...published, incidents }, lang)).toThrow(
			/a-row-with-no-translation/
		);
	});
});

describe('English reads the rows’ own words', () => {
	const { m } = langFor('en');
	it.each(published.incidents.map((d) => ({ id: d.id, summary: d.summary })))(
		'the catalogue holds the data’s summary of $id',
		({ id, summary }) => expect(m.incidents.summaries[id]).toBe(summary)
	);
	it.each(published.convictions.map((c) => ({ id: c.id, offence: c.offence, summary: c.summary })))(
		'the catalogue holds the data’s offence and summary of $id',
		({ id, offence, summary }) => {
			expect(m.convicted.offences[id]).toBe(offence);
			expect(m.convicted.summaries[id]).toBe(summary);
		}
	);
	it.each(published.websites.map((w) => ({ id: w.id, agency: w.agency, summary: w.summary })))(
		'the catalogue holds the data’s agency and summary of $id',
		({ id, agency, summary }) => {
			expect(m.websites.agencies[id]?.name).toBe(agency);
			expect(m.websites.summaries[id]).toBe(summary);
		}
	);
});

describe('numbers with their nouns', () => {
	const ru = langFor('ru');
	const kk = langFor('kk');
	// Written out by hand: Russian one/few/many (and the fraction's "other"), Kazakh's singular.
	it.each([
		{ n: 1, ru: '1 проверенный сайт', kk: '1 сайт тексерілген' },
		{ n: 2, ru: '2 проверенных сайта', kk: '2 сайт тексерілген' },
		{ n: 5, ru: '5 проверенных сайтов', kk: '5 сайт тексерілген' },
		{ n: 21, ru: '21 проверенный сайт', kk: '21 сайт тексерілген' },
		{ n: 1800, ru: '1\u00a0800 проверенных сайтов', kk: '1\u00a0800 сайт тексерілген' }
	])('$n websites reviewed', ({ n, ru: inRussian, kk: inKazakh }) => {
		expect(ru.f.countOf(n, ru.m.websites.counted.reviewed)).toBe(inRussian);
		expect(kk.f.countOf(n, kk.m.websites.counted.reviewed)).toBe(inKazakh);
	});

	it('gives a fraction the "other" form', () => {
		expect(ru.f.plural(1.5, ru.m.websites.counted.reviewed)).toBe('проверенного сайта');
	});

	it.each([
		{ n: 1, ru: '1 заблокированный сайт', kk: '1 сайт бұғатталған' },
		{ n: 3, ru: '3 заблокированных сайта', kk: '3 сайт бұғатталған' },
		{ n: 950, ru: '950 заблокированных сайтов', kk: '950 сайт бұғатталған' }
	])('$n websites shut down', ({ n, ru: inRussian, kk: inKazakh }) => {
		expect(ru.f.countOf(n, ru.m.websites.counted.shut_down)).toBe(inRussian);
		expect(kk.f.countOf(n, kk.m.websites.counted.shut_down)).toBe(inKazakh);
	});

	it.each([
		{ n: 1, ru: 'Тараз: осуждён 1 человек.', kk: 'Тараз: 1 адам сотталды.' },
		{ n: 2, ru: 'Тараз: осуждены 2 человека.', kk: 'Тараз: 2 адам сотталды.' },
		{ n: 5, ru: 'Тараз: осуждены 5 человек.', kk: 'Тараз: 5 адам сотталды.' },
		{ n: 47, ru: 'Тараз: осуждены 47 человек.', kk: 'Тараз: 47 адам сотталды.' }
	])('$n people convicted', ({ n, ru: inRussian, kk: inKazakh }) => {
		const p = { city: 'Тараз', n, count: String(n) };
		expect(ru.m.convicted.desc(p)).toBe(inRussian);
		expect(kk.m.convicted.desc(p)).toBe(inKazakh);
	});

	it.each([
		{ n: 1, ru: 'через 1 день' },
		{ n: 3, ru: 'через 3 дня' },
		{ n: 11, ru: 'через 11 дней' },
		{ n: 22, ru: 'через 22 дня' }
	])('$n days later', ({ n, ru: inRussian }) => {
		expect(
			ru.m.incidents.gapLater({ days: ru.f.countOf(n, ru.m.incidents.days), approximate: false })
		).toBe(inRussian);
	});

	it('puts the people of the published convictions in the right form in the tile', () => {
		const [tile] = headlines(published, ru).filter((h) => h.id === 'convicted');
		// 55 people in 3 cases: "человек" (many) and "делам" (dative after "по").
		expect(tile?.figures[0]?.label).toBe('человек осуждены по 3 подробно описанным делам');
		const [kkTile] = headlines(published, kk).filter((h) => h.id === 'convicted');
		expect(kkTile?.figures[0]?.label).toContain('3 іс бойынша');
	});

	it('says "не менее" and "кемінде" with the genitive the bound asks for', () => {
		const [ruDeaths] = headlines(published, ru).filter((h) => h.id === 'deaths');
		const [kkDeaths] = headlines(published, kk).filter((h) => h.id === 'deaths');
		const ruOps = ruDeaths?.figures.find((f) => f.isMinimum);
		const kkOps = kkDeaths?.figures.find((f) => f.isMinimum);
		expect(ruOps?.value).toBe('не менее 11');
		expect(ruOps?.label).toBe('погибших от действий силовых структур');
		expect(kkOps?.value).toBe('кемінде 11');
		expect(kkOps?.label).toMatch(/^адам /);
	});
});

describe.each(LOCALES)('the home tiles in %s keep the report’s bounds', (locale) => {
	const lang = langFor(locale);
	// Written out by hand: the lower-bound words, the report's "dozens" and the unstated sentence.
	const WORDS = {
		en: { atLeast: 'at least ', dozens: '“dozens”', unstated: /no stated sentence/ },
		ru: { atLeast: 'не менее ', dozens: '«десятки»', unstated: /срок не указан/ },
		kk: { atLeast: 'кемінде ', dozens: '«ондаған»', unstated: /мерзімі көрсетілмеген/ }
	}[locale];
	const tiles = headlines(published, lang);

	it('says the lower-bound words on exactly the figures that are lower bounds', () => {
		const figures = tiles.flatMap((t) => t.figures);
		expect(figures.some((f) => f.isMinimum)).toBe(true);
		for (const f of figures) expect(f.value.startsWith(WORDS.atLeast)).toBe(f.isMinimum);
	});

	it('gives the sum of deaths only as ours, and as a lower bound', () => {
		const note = tiles.find((t) => t.id === 'deaths')?.note ?? '';
		expect(note).toContain(`${WORDS.atLeast}20`);
	});

	it('keeps the report’s “dozens” in the convicted tile', () => {
		expect(tiles.find((t) => t.id === 'convicted')?.note).toContain(WORDS.dozens);
	});

	it('says a case has no stated sentence, rather than counting it as none', () => {
		const context = tiles.find((t) => t.id === 'sentences')?.figures[0]?.context ?? '';
		expect(context).toMatch(WORDS.unstated);
	});
});
