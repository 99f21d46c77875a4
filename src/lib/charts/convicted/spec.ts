import { convictedPerCase } from '../../data/aggregate.ts';
import { type Conviction, type Dataset } from '../../data/types.ts';
import { detailedCases } from '../../data/subsets.ts';
import { formatCount } from '../../format/index.ts';
import { casesByVerdict } from '../sentences/spec.ts';
import { layoutsFor, tableColumns, type ChartDefinition } from '../spec.ts';
import ConvictedChart from './ConvictedChart.svelte';
import { layoutConvicted, type BarDatum, type ConvictedLayout } from './geometry.ts';

/** One bar per case, most convicted first, from the detailed cases in verdict order. */
export function convictedBars(cases: Conviction[]): BarDatum[] {
	return convictedPerCase(cases).cases.map((c) => {
		const source = cases.find((x) => x.id === c.id);
		return {
			key: c.id,
			label: c.city,
			detail: source?.offence,
			value: c.convicted,
			isMinimum: false,
			title: `${c.city}: ${formatCount(c.convicted)} people convicted. Source: “${source?.section ?? ''}”.`
		};
	});
}

/** People convicted in each court case, as bars. */
export const convictedChart: ChartDefinition<'convicted', ConvictedLayout> = {
	kind: 'convicted',
	component: ConvictedChart,
	build({ convictions }: Dataset) {
		const cases = casesByVerdict(detailedCases(convictions));
		const perCase = convictedPerCase(cases);
		const top = perCase.cases[0];
		const bars = convictedBars(cases);
		return {
			id: 'convicted-per-case',
			kind: 'convicted',
			page: '/sentences/',
			title: 'People convicted in each court case',
			takeaway: `The report details ${perCase.cases.length} cases with ${formatCount(perCase.total)} people convicted${top ? `, ${formatCount(top.convicted)} of them in the ${top.city} case` : ''}.`,
			desc: perCase.cases.map((c) => `${c.city}: ${formatCount(c.convicted)} convicted.`).join(' '),
			sections: [...new Set(cases.map((c) => c.section))],
			notes: [
				'The report also says that dozens of people were convicted of terrorism or extremism during the year without giving a number; only the cases it details are counted here.'
			],
			key: [],
			layouts: layoutsFor((width) => layoutConvicted(bars, width)),
			table: {
				columns: tableColumns({ city: 'Case', convicted: 'Convicted' }, ['convicted']),
				rows: perCase.cases.map((c) => ({ city: c.city, convicted: formatCount(c.convicted) }))
			},
			csv: { columns: ['id', 'city', 'convicted'], rows: perCase.cases }
		};
	}
};
