import type { Work } from './work.ts';

/** Who compiled the tables: the project, named as one organisation. */
export const DATASET_AUTHOR = 'crt-dashboard contributors';

/** The report, as every style cites it. */
export function reportWork(report: {
	title: string;
	publisher: string;
	published: string;
	url: string;
}): Work {
	return {
		id: 'crt-2012-kazakhstan-report',
		kind: 'report',
		author: report.publisher,
		title: report.title,
		sentenceTitle: 'Country reports on terrorism 2012 – Kazakhstan',
		publisher: report.publisher,
		issued: report.published,
		url: report.url,
		version: null,
		accessed: null
	};
}

/**
 * The tables. Issued and accessed are the package's `created` date, so every build of one data
 * version cites the same day; a reader replaces the access date with the day they consulted it.
 */
export function datasetWork(pkg: {
	title: string;
	version: string;
	created: string;
	/** Absolute address of the dashboard's data page. */
	url: string;
}): Work {
	const day = pkg.created.slice(0, 10);
	return {
		id: 'crt-2012-kazakhstan-data',
		kind: 'dataset',
		author: DATASET_AUTHOR,
		title: pkg.title,
		sentenceTitle: pkg.title.replace(/: the figures$/, ': The figures'),
		publisher: DATASET_AUTHOR,
		issued: day,
		url: pkg.url,
		version: pkg.version,
		accessed: day
	};
}
