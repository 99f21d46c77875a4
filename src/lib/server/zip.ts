import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { apa, plain } from '../cite/text.ts';
import type { Work } from '../cite/work.ts';
import { DATA_DIR } from '../data/validate.ts';
import { works } from './cite.ts';
import { loadPackage } from './data.ts';

/**
 * Every entry's time is the package's `created` date-time, so the same data always gives the same
 * bytes. ZIP stores local time with 2-second steps from 1980; fflate writes the date's local fields,
 * so the date is shifted to read the same in UTC whatever the build machine's time zone.
 */
export function zipTime(created: string): Date {
	const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
	const utc = new Date(created);
	if (!rfc3339.test(created) || Number.isNaN(utc.getTime())) {
		throw new Error(`created is not an RFC 3339 date-time: "${created}"`);
	}
	return new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
}

export function zipReadme(
	codebook: string,
	changelog: string,
	cite: { report: Work; dataset: Work }
): string {
	return `# ${cite.dataset.title}

Data version ${cite.dataset.version}, from ${cite.dataset.url}

## How to cite

The figures come from the report:

> ${plain(apa(cite.report))}

Cite the tables as:

> ${plain(apa(cite.dataset))}

The retrieval date is the day this data version was made; put the day you downloaded it in its place. BibTeX, RIS and CSL-JSON files for both are on the dashboard's About page.

Every row names, in its \`section\` column, the heading of the report it comes from.

## Licence

The tables, codings and summaries are dedicated to the public domain under CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/). The report is a work of the United States Government.

## Files

- \`*.csv\`: the tables, UTF-8, comma-separated, one header row.
- \`json/*.json\`: the same tables as JSON arrays of objects.
- \`datapackage.json\`: the Frictionless Data Package: column types, constraints, keys and the source.
- \`CHANGELOG.md\`: each data version and what changed.

${codebook.replace(/^# /m, '## ')}
${changelog.replace(/^# /m, '## ').replace(/^## (?=\d)/gm, '### ')}`;
}

/** The whole package as one ZIP: CSVs, JSON, datapackage.json, the changelog and a README with the codebook. */
export function buildZip(): Uint8Array {
	const { descriptor, data, files } = loadPackage();
	const dir = join(process.cwd(), DATA_DIR);
	const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
	const entries: Record<string, Uint8Array> = {
		'README.md': strToU8(
			zipReadme(readFileSync(join(dir, 'README.md'), 'utf8'), changelog, works())
		),
		'CHANGELOG.md': strToU8(changelog),
		'datapackage.json': new Uint8Array(readFileSync(join(dir, 'datapackage.json')))
	};
	for (const resource of descriptor.resources) {
		entries[resource.path] = strToU8(files[resource.path] ?? '');
		const rows = data[resource.name as keyof typeof data];
		entries[`json/${resource.name}.json`] = strToU8(JSON.stringify(rows, null, '\t') + '\n');
	}
	return zipSync(entries, { mtime: zipTime(descriptor.created), level: 9 });
}
