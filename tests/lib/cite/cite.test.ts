import { describe, expect, it } from 'vitest';
import { bibEscape, bibtex, cslItem, cslJson, ris } from '../../../src/lib/cite/files.ts';
import { apa, chicago, editionStyle, plain } from '../../../src/lib/cite/text.ts';
import { parseDateish } from '../../../src/lib/format/index.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { englishWords } from '../english.ts';
import { dateParts, monthDayYear, yearMonthDay, type Work } from '../../../src/lib/cite/work.ts';
import { datasetWork, reportWork } from '../../../src/lib/cite/works.ts';

/** Made-up works, so the expected strings are written out by hand, not taken from the code. */
const report: Work = reportWork({
	title: 'Country Reports on Terrorism 2012 – Kazakhstan',
	publisher: 'United States Department of State',
	published: '2013-05-30',
	url: 'https://example.org/report'
});
const dataset: Work = datasetWork({
	title: 'Country Reports on Terrorism 2012 – Kazakhstan: the figures',
	version: '2.0.0',
	created: '2026-11-26T00:00:00Z',
	url: 'https://figures.example.org/data/'
});

describe('dates', () => {
	it.each<[string, string, string, [number, number, number]]>([
		['2013-05-30', 'May 30, 2013', '2013, May 30', [2013, 5, 30]],
		['2026-11-26T00:00:00Z', 'November 26, 2026', '2026, November 26', [2026, 11, 26]],
		['2012-01-01', 'January 1, 2012', '2012, January 1', [2012, 1, 1]]
	])('%s', (date, mdy, ymd, parts) => {
		expect(monthDayYear(date)).toBe(mdy);
		expect(yearMonthDay(date)).toBe(ymd);
		expect(dateParts(date)).toEqual(parts);
	});

	it('rejects a date that is not YYYY-MM-DD', () => {
		expect(() => dateParts('2013-05')).toThrow(/YYYY-MM-DD/);
	});
});

describe('text styles', () => {
	it.each<{ style: string; work: Work; text: string; italic: string }>([
		{
			style: 'APA, report',
			work: report,
			text: 'United States Department of State. (2013, May 30). Country reports on terrorism 2012 – Kazakhstan. https://example.org/report',
			italic: 'Country reports on terrorism 2012 – Kazakhstan'
		},
		{
			style: 'APA, dataset',
			work: dataset,
			text: 'crt-dashboard contributors. (2026). Country Reports on Terrorism 2012 – Kazakhstan: The figures (Version 2.0.0) [Data set]. Retrieved November 26, 2026, from https://figures.example.org/data/',
			italic: 'Country Reports on Terrorism 2012 – Kazakhstan: The figures'
		},
		{
			style: 'Chicago, report',
			work: report,
			text: 'United States Department of State. Country Reports on Terrorism 2012 – Kazakhstan. May 30, 2013. https://example.org/report.',
			italic: 'Country Reports on Terrorism 2012 – Kazakhstan'
		},
		{
			style: 'Chicago, dataset',
			work: dataset,
			text: 'crt-dashboard contributors. Country Reports on Terrorism 2012 – Kazakhstan: the figures. Version 2.0.0. Dataset. November 26, 2026. Accessed November 26, 2026. https://figures.example.org/data/.',
			italic: 'Country Reports on Terrorism 2012 – Kazakhstan: the figures'
		}
	])('$style', ({ style, work, text, italic }) => {
		const spans = style.startsWith('APA') ? apa(work) : chicago(work);
		expect(plain(spans)).toBe(text);
		expect(spans.filter((s) => s.italic).map((s) => s.text)).toEqual([italic]);
	});
});

describe('bibEscape', () => {
	it.each<[string, string]>([
		['Plain words', 'Plain words'],
		['A & B', 'A \\& B'],
		['50% of $5 #1 a_b {x}', '50\\% of \\$5 \\#1 a\\_b \\{x\\}'],
		['2012 – Kazakhstan', '2012 -- Kazakhstan'],
		['a\\b', 'a\\textbackslash{}b']
	])('%j', (text, expected) => {
		expect(bibEscape(text)).toBe(expected);
	});
});

describe('files', () => {
	it('BibTeX for the report: a tech report with a braced organisation author', () => {
		expect(bibtex(report)).toBe(
			[
				'@techreport{crt-2012-kazakhstan-report,',
				'\tauthor = {{United States Department of State}},',
				'\ttitle = {{Country Reports on Terrorism 2012 -- Kazakhstan}},',
				'\tinstitution = {United States Department of State},',
				'\tyear = {2013},',
				'\tmonth = may,',
				'\tdate = {2013-05-30},',
				'\turl = {https://example.org/report}',
				'}',
				''
			].join('\n')
		);
	});

	it.each<{ work: Work; has: string[]; lacks: string[] }>([
		{
			work: dataset,
			has: [
				'@misc{crt-2012-kazakhstan-data,',
				'\tversion = {2.0.0},',
				'\tnote = {Data set, version 2.0.0},',
				'\turl = {https://figures.example.org/data/},',
				'\turldate = {2026-11-26}'
			],
			lacks: ['institution']
		},
		{ work: report, has: ['\tinstitution = '], lacks: ['urldate', 'version'] }
	])('BibTeX fields of $work.id', ({ work, has, lacks }) => {
		const text = bibtex(work);
		for (const line of has) expect(text).toContain(line);
		for (const word of lacks) expect(text).not.toContain(word);
	});

	it.each<{ work: Work; lines: string[] }>([
		{
			work: report,
			lines: [
				'TY  - RPRT',
				'AU  - United States Department of State',
				'TI  - Country Reports on Terrorism 2012 – Kazakhstan',
				'PY  - 2013',
				'DA  - 2013/05/30',
				'PB  - United States Department of State',
				'UR  - https://example.org/report',
				'ER  - '
			]
		},
		{
			work: dataset,
			lines: [
				'TY  - DATA',
				'AU  - crt-dashboard contributors',
				'TI  - Country Reports on Terrorism 2012 – Kazakhstan: the figures',
				'PY  - 2026',
				'DA  - 2026/11/26',
				'PB  - crt-dashboard contributors',
				'ET  - 2.0.0',
				'UR  - https://figures.example.org/data/',
				'Y2  - 2026/11/26',
				'ER  - '
			]
		}
	])('RIS for $work.id, CRLF line ends', ({ work, lines }) => {
		expect(ris(work)).toBe(lines.join('\r\n') + '\r\n');
	});

	it.each<{ work: Work; expected: Record<string, unknown> }>([
		{
			work: report,
			expected: {
				id: 'crt-2012-kazakhstan-report',
				type: 'report',
				author: [{ literal: 'United States Department of State' }],
				title: 'Country Reports on Terrorism 2012 – Kazakhstan',
				publisher: 'United States Department of State',
				issued: { 'date-parts': [[2013, 5, 30]] },
				URL: 'https://example.org/report'
			}
		},
		{
			work: dataset,
			expected: {
				id: 'crt-2012-kazakhstan-data',
				type: 'dataset',
				author: [{ literal: 'crt-dashboard contributors' }],
				title: 'Country Reports on Terrorism 2012 – Kazakhstan: the figures',
				publisher: 'crt-dashboard contributors',
				issued: { 'date-parts': [[2026, 11, 26]] },
				URL: 'https://figures.example.org/data/',
				version: '2.0.0',
				accessed: { 'date-parts': [[2026, 11, 26]] }
			}
		}
	])('CSL-JSON for $work.id', ({ work, expected }) => {
		expect(cslItem(work)).toEqual(expected);
		expect(JSON.parse(cslJson(work))).toEqual([expected]);
	});
});

describe('editionStyle', () => {
	const words = (locale: 'ru' | 'kk') => {
		const lang = langFor(locale);
		return {
			...lang.m.pages.cite.edition,
			date: (iso: string) => lang.f.date(parseDateish(iso), 'day')
		};
	};

	it('keeps the published title, with its translation in brackets, and says the rest in Russian', () => {
		const w = words('ru');
		const spans = editionStyle(report, {
			...w,
			author: w.reportAuthor,
			translation: w.reportTitle,
			kind: w.reportKind
		});
		expect(plain(spans)).toBe(
			'Государственный департамент США. Country Reports on Terrorism 2012 – Kazakhstan [Страновые доклады о терроризме за 2012 год – Казахстан] : доклад. — дата публикации: 30 мая 2013 г. — URL: https://example.org/report.'
		);
		expect(spans.filter((s) => s.italic).map((s) => s.text)).toEqual([report.title]);
	});

	it.each(['ru', 'kk'] as const)(
		'cites the tables with version and access date in %s, no English words',
		(locale) => {
			const w = words(locale);
			const text = plain(
				editionStyle(dataset, {
					...w,
					author: w.datasetAuthor,
					translation: w.datasetTitle,
					kind: w.datasetKind(dataset.version ?? '')
				})
			);
			expect(text).toContain('2.0.0');
			expect(text).toContain('https://figures.example.org/data/');
			expect(text).toContain(
				locale === 'ru' ? 'дата обращения: 26 ноября 2026 г.' : 'жүгінген күні: 2026 ж. 26 қараша'
			);
			expect(englishWords(text)).toEqual([]);
		}
	);
});
