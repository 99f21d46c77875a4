import { dateParts, type Work } from './work.ts';

const BIB_SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'–': '--',
	'—': '---'
};

/** Escapes text for a BibTeX field: special characters, and dashes as BibTeX writes them. */
export function bibEscape(text: string): string {
	return text.replace(/[\\~^–—{}&%$#_]/g, (c) => BIB_SPECIAL[c] ?? `\\${c}`);
}

const BIB_MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

/** One BibTeX entry; the organisation author is braced so it is never split into names. */
export function bibtex(work: Work): string {
	const [year, month] = dateParts(work.issued);
	const fields: [string, string][] = [
		// Double braces: an organisation is one name, and the title keeps its capitals.
		['author', `{{${bibEscape(work.author)}}}`],
		['title', `{{${bibEscape(work.title)}}}`],
		...(work.kind === 'report'
			? ([['institution', `{${bibEscape(work.publisher)}}`]] as [string, string][])
			: ([
					['publisher', `{${bibEscape(work.publisher)}}`],
					['version', `{${bibEscape(work.version ?? '')}}`],
					['note', `{Data set, version ${bibEscape(work.version ?? '')}}`]
				] as [string, string][])),
		['year', `{${year}}`],
		['month', BIB_MONTHS[month - 1] ?? ''],
		['date', `{${work.issued}}`],
		['url', `{${work.url}}`],
		...(work.accessed === null ? [] : ([['urldate', `{${work.accessed}}`]] as [string, string][]))
	];
	const type = work.kind === 'report' ? 'techreport' : 'misc';
	return `@${type}{${work.id},\n${fields.map(([k, v]) => `\t${k} = ${v}`).join(',\n')}\n}\n`;
}

/** One RIS record (CRLF line ends, as the format asks). */
export function ris(work: Work): string {
	const [year, month, day] = dateParts(work.issued);
	const pad = (n: number) => String(n).padStart(2, '0');
	const tags: [string, string][] = [
		['TY', work.kind === 'report' ? 'RPRT' : 'DATA'],
		['AU', work.author],
		['TI', work.title],
		['PY', String(year)],
		['DA', `${year}/${pad(month)}/${pad(day)}`],
		['PB', work.publisher],
		...(work.version === null ? [] : ([['ET', work.version]] as [string, string][])),
		['UR', work.url],
		...(work.accessed === null
			? []
			: ([['Y2', work.accessed.replaceAll('-', '/')]] as [string, string][])),
		['ER', '']
	];
	return tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** CSL-JSON date: [[year, month, day]]. */
const cslDate = (date: string) => ({ 'date-parts': [dateParts(date)] });

/** One CSL-JSON item, for Zotero, Pandoc and citeproc. */
export function cslItem(work: Work): Record<string, unknown> {
	return {
		id: work.id,
		type: work.kind === 'report' ? 'report' : 'dataset',
		author: [{ literal: work.author }],
		title: work.title,
		publisher: work.publisher,
		issued: cslDate(work.issued),
		URL: work.url,
		...(work.version === null ? {} : { version: work.version }),
		...(work.accessed === null ? {} : { accessed: cslDate(work.accessed) })
	};
}

/** A CSL-JSON file: an array of items. */
export function cslJson(work: Work): string {
	return JSON.stringify([cslItem(work)], null, '\t') + '\n';
}
