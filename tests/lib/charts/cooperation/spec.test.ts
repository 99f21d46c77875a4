import { describe, expect, it } from 'vitest';
import { cooperationChart } from '../../../../src/lib/charts/cooperation/spec.ts';
import { langFor } from '../../../../src/lib/i18n/index.ts';
import { LOCALES } from '../../../../src/lib/i18n/locales.ts';
import { loadPackageFrom } from '../../../../src/lib/server/data.ts';
import { englishWords, specWords } from '../places/words.ts';

const { data } = loadPackageFrom(process.cwd());

describe.each([...LOCALES])('the cooperation map in %s', (locale) => {
	const lang = langFor(locale);
	const spec = cooperationChart.build(data, lang);
	const layoutTexts = spec.layouts.flatMap((l) =>
		l.panels.flatMap((p) => [p.title, p.dateLabel, ...p.labelLines, ...p.labels.map((x) => x.text)])
	);

	it('writes no English word, but the name of the credited source', () => {
		const csvWords = spec.csv.rows.flatMap((r) => {
			const row = r as Record<string, unknown>;
			return [row.label, row.country].map(String);
		});
		const found = englishWords([...specWords(spec, layoutTexts), ...csvWords]);
		if (locale === 'en') expect(found).toContain('Kazakhstan');
		else expect(found).toEqual([]);
	});

	it('names each participant by its code, in the edition’s form, in the table and the CSV', () => {
		expect(spec.table.rows).toHaveLength(data.participants.length);
		for (const row of spec.table.rows)
			expect(row.country).toBe(lang.m.names.countries[row.code ?? '']);
		for (const r of spec.csv.rows) {
			const row = r as { country: string; country_code: string };
			expect(row.country).toBe(lang.m.names.countries[row.country_code]);
		}
	});

	it('says which countries take part in every development, from the data', () => {
		const events = [...new Set(data.participants.map((p) => p.event_id))];
		const everywhere = [...new Set(data.participants.map((p) => p.country_code))].filter((code) =>
			events.every((e) =>
				data.participants.some((p) => p.event_id === e && p.country_code === code)
			)
		);
		expect(everywhere.length).toBeGreaterThan(0);
		for (const code of everywhere)
			expect(spec.takeaway).toContain(lang.m.names.countries[code] as string);
	});

	it('credits Natural Earth under the map and on the share card', () => {
		expect(spec.credit).toContain('Natural Earth');
		expect(spec.shortCredit).toContain('Natural Earth');
	});
});
