import { convictedPerCase } from '../../data/aggregate.ts';
import { type Conviction, type Dataset } from '../../data/types.ts';
import { detailedCases } from '../../data/subsets.ts';
import type { Lang } from '../../i18n/index.ts';
import { rowText } from '../../i18n/rows.ts';
import { casesByVerdict } from '../sentences/spec.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import ConvictedChart from './ConvictedChart.svelte';
import { layoutConvicted, type BarDatum, type ConvictedLayout } from './geometry.ts';

/** A case's city in the edition's words: English reads the data, the others name it from the catalogue. */
export function cityOf(c: Conviction, lang: Lang): string {
	return rowText(lang, lang.m.names.places, c.place_id ?? '', 'place name', c.city);
}

/** A conviction row's offence in the edition's words. */
export function offenceOf(c: { id: string; offence: string }, lang: Lang): string {
	return rowText(lang, lang.m.convicted.offences, c.id, 'offence of conviction', c.offence);
}

/** One bar per case, most convicted first, from the detailed cases in verdict order. */
export function convictedBars(cases: Conviction[], lang: Lang): BarDatum[] {
	const { m, f } = lang;
	return convictedPerCase(cases).cases.map((c) => {
		const source = cases.find((x) => x.id === c.id);
		if (!source) throw new Error(`No case "${c.id}"`);
		const city = cityOf(source, lang);
		return {
			key: c.id,
			label: city,
			detail: offenceOf(source, lang),
			value: c.convicted,
			isMinimum: false,
			title: m.convicted.markTitle({
				city,
				count: f.count(c.convicted),
				n: c.convicted,
				source: m.ui.sections[source.section]
			})
		};
	});
}

/** People convicted in each court case, as bars. */
export const convictedChart: ChartDefinition<'convicted', ConvictedLayout> = {
	kind: 'convicted',
	component: ConvictedChart,
	build({ convictions }: Dataset, lang: Lang) {
		const { m, f } = lang;
		const cases = casesByVerdict(detailedCases(convictions));
		const perCase = convictedPerCase(cases);
		const city = (id: string) => {
			const source = cases.find((x) => x.id === id);
			if (!source) throw new Error(`No case "${id}"`);
			return cityOf(source, lang);
		};
		const top = perCase.cases[0];
		const bars = convictedBars(cases, lang);
		return {
			id: 'convicted-per-case',
			kind: 'convicted',
			page: '/sentences/',
			title: m.convicted.title,
			takeaway: m.convicted.takeaway({
				cases: f.count(perCase.cases.length),
				nCases: perCase.cases.length,
				total: f.count(perCase.total),
				nTotal: perCase.total,
				top: top ? { count: f.count(top.convicted), n: top.convicted, city: city(top.id) } : null
			}),
			desc: perCase.cases
				.map((c) =>
					m.convicted.desc({ city: city(c.id), count: f.count(c.convicted), n: c.convicted })
				)
				.join(' '),
			sections: [...new Set(cases.map((c) => c.section))],
			notes: [m.convicted.dozensNote],
			key: [],
			layouts: layoutsFor((width) => layoutConvicted(bars, lang, width)),
			table: {
				columns: tableColumns(m.convicted.table, ['convicted']),
				rows: perCase.cases.map((c) => ({ city: city(c.id), convicted: f.count(c.convicted) }))
			},
			csv: {
				columns: ['id', 'city', 'convicted'],
				rows: perCase.cases.map((c) => ({ ...c, city: city(c.id) }))
			}
		};
	}
};
