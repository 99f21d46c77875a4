import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { DATA_DIR } from '../data/validate.ts';
import { REPORT, reportCitation } from '../source.ts';
import { loadPackage } from './data.ts';

/** A fixed date for every entry, so the same data always gives the same file. */
const MTIME = new Date(Date.UTC(2013, 4, 30));

export function zipReadme(codebook: string, version: string): string {
	return `# Country Reports on Terrorism 2012 – Kazakhstan: the figures

## How to cite

The figures come from the report:

> ${reportCitation()}

Cite the tables as:

> crt-dashboard, “Country Reports on Terrorism 2012 – Kazakhstan: the figures” (data package, version ${version}), compiled from ${REPORT.publisher}, ${REPORT.title}.

Every row names, in its \`section\` column, the heading of the report it comes from.

## Files

- \`*.csv\`: the tables, UTF-8, comma-separated, one header row.
- \`json/*.json\`: the same tables as JSON arrays of objects.
- \`datapackage.json\`: the Frictionless Data Package: column types, constraints, keys and the source.

${codebook.replace(/^# /m, '## ')}`;
}

/** The whole package as one ZIP: CSVs, JSON, datapackage.json and a README with the codebook. */
export function buildZip(): Uint8Array {
	const { descriptor, data, files } = loadPackage();
	const dir = join(process.cwd(), DATA_DIR);
	const entries: Record<string, Uint8Array> = {
		'README.md': strToU8(
			zipReadme(readFileSync(join(dir, 'README.md'), 'utf8'), descriptor.version)
		),
		'datapackage.json': new Uint8Array(readFileSync(join(dir, 'datapackage.json')))
	};
	for (const resource of descriptor.resources) {
		entries[resource.path] = strToU8(files[resource.path] ?? '');
		const rows = data[resource.name as keyof typeof data];
		entries[`json/${resource.name}.json`] = strToU8(JSON.stringify(rows, null, '\t') + '\n');
	}
	return zipSync(entries, { mtime: MTIME, level: 9 });
}
