import { langFor } from '../../../src/lib/i18n/index.ts';
/** The rows each chart's geometry gets from the published data, built the way each chart's spec builds them. */
import { convictedBars } from '../../../src/lib/charts/convicted/spec.ts';
import { datedEvents } from '../../../src/lib/charts/events/spec.ts';
import { casesByVerdict } from '../../../src/lib/charts/sentences/spec.ts';
import { detailedCases } from '../../../src/lib/data/subsets.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';

const EN = langFor('en');

const data = loadPackageFrom(process.cwd()).data;
const cases = casesByVerdict(detailedCases(data.convictions));

export const publishedRows = {
	incidents: [...data.incidents].sort((a, b) => a.date.localeCompare(b.date)),
	sentences: cases,
	convicted: convictedBars(cases, langFor('en')),
	websites: [...data.websites].sort((a, b) => a.period_start.localeCompare(b.period_start)),
	events: datedEvents(data, EN)
};
