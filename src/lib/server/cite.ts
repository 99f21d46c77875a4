import { bibtex, cslJson, ris } from '../cite/files.ts';
import type { Work } from '../cite/work.ts';
import { datasetWork, reportWork } from '../cite/works.ts';
import { REPORT } from '../source.ts';
import { loadPackage } from './data.ts';
import { absoluteUrl } from './site.ts';

/** The two works the dashboard asks to be cited: the report, and the tables at this address. */
export function works(): { report: Work; dataset: Work } {
	const { descriptor } = loadPackage();
	return {
		report: reportWork(REPORT),
		dataset: datasetWork({
			title: descriptor.title,
			version: descriptor.version,
			created: descriptor.created,
			url: absoluteUrl('/data/')
		})
	};
}

/** The citation files, by file name under /cite/. */
export const CITE_FORMATS = {
	bib: { type: 'application/x-bibtex; charset=utf-8', write: bibtex },
	ris: { type: 'application/x-research-info-systems; charset=utf-8', write: ris },
	json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslJson }
} as const;

export type CiteFormat = keyof typeof CITE_FORMATS;

/** report.bib, dataset.ris, …: every citation file. */
export const CITE_FILES = (['report', 'dataset'] as const).flatMap((work) =>
	(Object.keys(CITE_FORMATS) as CiteFormat[]).map((format) => ({
		work,
		format,
		file: `${work}.${format}`
	}))
);
