import { describe, expect, it } from 'vitest';
import { eventWords } from '../../../src/lib/charts/events/geometry.ts';
import { eventsChart } from '../../../src/lib/charts/events/spec.ts';
import { sentencesChart } from '../../../src/lib/charts/sentences/spec.ts';
import type { ChartSpecOf, SizedLayout } from '../../../src/lib/charts/spec.ts';
import { detailedCases } from '../../../src/lib/data/subsets.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';
import { describeComparison } from '../../../src/lib/sentences/compare.ts';
import { caseText } from '../../../src/lib/sentences/words.ts';
import { SORTS } from '../../../src/lib/sentences/state.ts';
import { comparedCases, comparisonPages, viewName } from '../../../src/lib/server/sentences.ts';

const data = loadPackageFrom(process.cwd()).data;
const cases = detailedCases(data.convictions);

/**
 * Latin words of four letters or more a Russian or Kazakh text may hold: none so far. A proper
 * name with no Cyrillic form would be listed here, by name.
 */
const LATIN_ALLOWED = new Set<string>([]);
const latinWords = (text: string) =>
	[...text.matchAll(/[A-Za-z]{4,}/g)].map((m) => m[0]).filter((w) => !LATIN_ALLOWED.has(w));

/** Every word a spec writes: title, takeaway, text alternative, notes, key, table and chart labels. */
function specWords(spec: ChartSpecOf<string, SizedLayout>): string[] {
	const layouts = spec.layouts as unknown as { marks: Record<string, unknown>[] }[];
	return [
		spec.title,
		spec.takeaway,
		spec.desc,
		...spec.notes,
		...spec.key.map((k) => k.words),
		...spec.table.columns.map((c) => c.label),
		...spec.table.rows.flatMap((r) => Object.values(r)),
		...layouts.flatMap((l) =>
			l.marks.flatMap((m) =>
				['label', 'detail', 'title', 'valueLabel', 'dateLabel'].flatMap((k) =>
					typeof m[k] === 'string' ? [m[k] as string] : []
				)
			)
		)
	];
}

describe.each(LOCALES)('the %s catalogue', (locale) => {
	const lang = langFor(locale);

	it.each(cases.map((c) => c.id))('has every word of the court case %s', (id) => {
		const c = cases.find((x) => x.id === id);
		if (!c) throw new Error(id);
		const text = caseText(c, lang);
		for (const value of Object.values(text)) expect(value.trim()).not.toBe('');
		if (c.group !== null) expect(lang.m.convicted.groups[id]?.trim()).toBeTruthy();
	});

	it.each(data.events.map((e) => e.id))('has the label and summary of the event %s', (id) => {
		const { label, summary } = eventWords({ id }, lang);
		expect(label.trim()).not.toBe('');
		expect(summary.trim()).not.toBe('');
	});

	it('names each order of the comparison differently', () => {
		expect(new Set(SORTS.map((s) => lang.m.sentences.sorts[s])).size).toBe(SORTS.length);
	});
});

describe.each(['ru', 'kk'] as const)('the %s edition', (locale) => {
	const lang = langFor(locale);
	const english = langFor('en');

	it('translates every court case and event, not copying the English', () => {
		for (const c of cases) {
			expect(caseText(c, lang).offence).not.toBe(caseText(c, english).offence);
			expect(caseText(c, lang).summary).not.toBe(caseText(c, english).summary);
		}
		for (const e of data.events) expect(eventWords({ id: e.id }, lang).summary).not.toBe(e.summary);
	});

	it.each([
		{ name: 'sentences', spec: () => sentencesChart.build(data, lang) },
		{ name: 'events', spec: () => eventsChart.build(data, lang) }
	])('writes no English word in the $name chart', ({ spec }) => {
		const words = specWords(spec() as ChartSpecOf<string, SizedLayout>);
		expect(words.length).toBeGreaterThan(10);
		expect(words.flatMap(latinWords)).toEqual([]);
	});

	it('writes the words of its CSV downloads in the edition, keeping codes as codes', () => {
		const sentences = sentencesChart.build(data, lang).csv.rows as Record<string, unknown>[];
		const events = eventsChart.build(data, lang).csv.rows as Record<string, unknown>[];
		const words = [
			...sentences.flatMap((r) => [r.city, r.offence, r.summary, r.group]),
			...events.flatMap((r) => [r.label, r.summary, r.countries])
		].filter((v): v is string => typeof v === 'string');
		expect(words.length).toBeGreaterThan(40);
		expect(words.flatMap(latinWords)).toEqual([]);
		expect(sentences.map((r) => r.convicted_unit)).toEqual(sentences.map(() => 'people'));
		expect(events.every((r) => typeof r.theme === 'string' && /^[a-z]+$/.test(r.theme))).toBe(true);
	});

	it('writes no English word in any view of the comparison', () => {
		const views = sentencesChart.views?.(data, lang) ?? [];
		expect(views.length).toBeGreaterThan(0);
		for (const view of views)
			expect(specWords(view as ChartSpecOf<string, SizedLayout>).flatMap(latinWords)).toEqual([]);
	});

	it('names every view in its words, with the cities as the edition writes them', () => {
		const all = comparedCases(lang);
		for (const page of comparisonPages()) {
			const name = viewName(page, all, lang);
			expect(latinWords(name)).toEqual([]);
			for (const id of page.cases) {
				const c = all.find((x) => x.id === id);
				expect(name).toContain(c?.name);
			}
			expect(describeComparison(all, lang).flatMap(latinWords)).toEqual([]);
		}
	});
});

describe('a missing translation', () => {
	it('stops the build with the court case named', () => {
		const [c] = cases;
		if (!c) throw new Error('no case');
		expect(() => caseText({ ...c, id: 'no-such-case' }, langFor('ru'))).toThrow(/no-such-case/);
		expect(() => caseText({ ...c, place_id: 'nowhere' }, langFor('kk'))).toThrow(/place name/);
	});

	it('stops the build with the event named', () => {
		expect(() =>
			eventWords({ id: 'no-such-event', label: 'A label', summary: 'A summary.' }, langFor('kk'))
		).toThrow(/no-such-event/);
	});

	it('is no error in English, whose words are the data’s own', () => {
		const [c] = cases;
		if (!c) throw new Error('no case');
		const row = { ...c, id: 'made-up', offence: 'Made-up offence', summary: 'Made up.' };
		expect(caseText(row, langFor('en')).offence).toBe('Made-up offence');
		expect(() => caseText(row, langFor('ru'))).toThrow(/made-up/);
		expect(
			eventWords({ id: 'made-up', label: 'A label', summary: 'A summary.' }, langFor('en'))
		).toEqual({ label: 'A label', summary: 'A summary.' });
	});
});
