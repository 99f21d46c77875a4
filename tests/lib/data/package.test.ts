import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsOf, sharedRun } from '../../../src/lib/data/copy.ts';
import { toCsv } from '../../../src/lib/data/csv.ts';
import { COLUMNS, RESOURCE_NAMES, SECTIONS, type Dataset } from '../../../src/lib/data/types.ts';
import { loadPackageFrom } from '../../../src/lib/server/data.ts';
import { PROPER_NAMES } from '../../../src/lib/source.ts';
import { readReportText } from './report-text.ts';

const ROOT = process.cwd();
const { descriptor, data, files } = loadPackageFrom(ROOT);

/**
 * The report's text, for the checks that compare the data with it. It is not part of the
 * repository: without it those checks are not run, unless CRT_REQUIRE_REPORT=1 (as in CI).
 */
const found = readReportText(process.env, ROOT);
if (found.text === null) {
	if (process.env.CRT_REQUIRE_REPORT === '1') {
		throw new Error(`The report checks must run (CRT_REQUIRE_REPORT=1), but ${found.why}.`);
	}
	console.log(
		`Report checks not run: ${found.why}; set CRT_REPORT_TEXT to the report's text file to run them.`
	);
}
const REPORT = found.text ?? '';
/** A describe block that needs the report's text. */
const withReport = describe.skipIf(found.text === null);

/** The section headings of the report, in its order, as read from the report itself. */
const HEADINGS = [
	'Overview',
	'2012 Terrorist Incidents',
	'Legislation, Law Enforcement, and Border Security',
	'Countering Terrorist Finance',
	'Regional and International Cooperation',
	'Countering Radicalization and Violent Extremism'
];

/** A heading opens a paragraph and is followed by a colon. */
function headingAt(heading: string): number {
	return REPORT.indexOf(`\n${heading}: `);
}

/** The text of one section: from its heading to the next heading. */
function section(heading: string): string {
	const start = headingAt(heading);
	const ends = HEADINGS.map(headingAt).filter((i) => i > start);
	return REPORT.slice(start, ends.length ? Math.min(...ends) : undefined);
}

withReport('the report text', () => {
	it.each(HEADINGS)('has the heading %j at the start of a paragraph', (heading) => {
		expect(headingAt(heading)).toBeGreaterThan(0);
	});

	it('gives its headings in the order SECTIONS lists them', () => {
		const inReportOrder = [...HEADINGS].sort((a, b) => headingAt(a) - headingAt(b));
		expect([...SECTIONS]).toEqual(inReportOrder);
	});
});

describe('the published CSV files', () => {
	it.each(RESOURCE_NAMES)('%s.csv has the header COLUMNS lists', (name) => {
		const header = files[`${name}.csv`]?.split('\n')[0];
		expect(header).toBe(COLUMNS[name].join(','));
	});

	it.each(RESOURCE_NAMES)('datapackage.json declares the fields of %s in COLUMNS order', (name) => {
		const resource = descriptor.resources.find((r) => r.name === name);
		expect(resource?.path).toBe(`${name}.csv`);
		expect(resource?.schema.fields.map((f) => f.name)).toEqual([...COLUMNS[name]]);
	});

	it('datapackage.json lists exactly the resources of RESOURCE_NAMES', () => {
		expect(descriptor.resources.map((r) => r.name)).toEqual([...RESOURCE_NAMES]);
	});

	it.each(RESOURCE_NAMES)(
		'%s.csv is in canonical form (toCsv of its rows, byte for byte)',
		(name) => {
			const published = files[`${name}.csv`] ?? '';
			const canonical = toCsv(
				data[name] as unknown as Record<string, unknown>[],
				COLUMNS[name] as readonly string[]
			);
			const a = published.split('\n');
			const b = canonical.split('\n');
			const differences = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i)
				.filter((i) => a[i] !== b[i])
				.map((i) => ({ line: i + 1, published: a[i] ?? null, canonical: b[i] ?? null }));
			expect(differences, `static/data/${name}.csv differs from its canonical form`).toEqual([]);
		}
	);
});

type SectionedName = Exclude<keyof Dataset, 'participants'>;
const SECTIONED: SectionedName[] = ['incidents', 'convictions', 'websites', 'events'];

describe('sections', () => {
	const rows = SECTIONED.flatMap((name) =>
		data[name].map((row) => ({ where: `${name}.csv ${row.id}`, section: row.section }))
	);
	it.each(rows)('$where: section $section is a heading of the report', ({ section }) => {
		expect(HEADINGS).toContain(section);
	});

	withReport('in the report', () => {
		it.each(rows)('$where: the report has the heading $section', ({ section }) => {
			expect(headingAt(section)).toBeGreaterThan(0);
		});
	});
});

/** Facts as read from the report: where the report says it, and what the matching row must hold. */
const FACTS: {
	fact: string;
	section: string;
	says: RegExp;
	row: (d: Dataset) => object[];
	holds: object;
}[] = [
	{
		fact: 'eight killed in the blast near Almaty on July 11',
		section: '2012 Terrorist Incidents',
		says: /On July 11, a blast in a village outside Almaty killed eight people\./,
		row: (d) => d.incidents.filter((i) => i.date === '2012-07-11'),
		holds: { killed: 8, killed_is_minimum: false, kind: 'explosion', date_approximate: false }
	},
	{
		fact: 'nine killed by security forces on August 17',
		section: '2012 Terrorist Incidents',
		says: /In an August 17 follow-up operation, Kazakhstani security forces killed nine suspected/,
		row: (d) => d.incidents.filter((i) => i.date === '2012-08-17'),
		holds: { killed: 9, killed_is_minimum: false, kind: 'security operation' }
	},
	{
		fact: 'one killed by an accidental explosion a week before September 12',
		section: '2012 Terrorist Incidents',
		says: /On September 12, a week after suspected violent extremists set off an accidental explosion that killed one of their own/,
		row: (d) => d.incidents.filter((i) => i.date_approximate),
		holds: {
			killed: 1,
			killed_is_minimum: false,
			kind: 'explosion',
			date: expect.stringMatching(/^2012-09-0[2-8]$/)
		}
	},
	{
		fact: 'at least two killed in the Kulsary raid on September 12',
		section: '2012 Terrorist Incidents',
		says: /security forces killed at least two more during a raid on an apartment building in Kulsary in western Kazakhstan/,
		row: (d) => d.incidents.filter((i) => i.date === '2012-09-12'),
		holds: { killed: 2, killed_is_minimum: true, place: 'Kulsary', kind: 'security operation' }
	},
	{
		fact: 'five convicted in April over the November 2011 Taraz attack, five years to life',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In April, five people were convicted of organizing a November 2011 terrorist attack in Taraz[^.]*\. Their sentences ranged from five years to life in prison\./,
		row: (d) => d.convictions.filter((c) => c.city === 'Taraz'),
		holds: {
			verdict_month: '2012-04',
			related_attack_date: '2011-11',
			convicted: 5,
			sentence_stated: true,
			sentence_min_years: 5,
			sentence_max_years: null,
			sentence_max_life: true
		}
	},
	{
		fact: '47 convicted in two April trials over the 31 October 2011 Atyrau bombings, 5 to 15 years',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In two separate trials in April, 47 defendants were found guilty of organizing bombing attacks on government buildings in Atyrau on October 31, 2011, and sentenced to prison terms ranging from five to 15 years\. The violent extremist group Jund al-Khilafah/,
		row: (d) => d.convictions.filter((c) => c.city === 'Atyrau'),
		holds: {
			verdict_month: '2012-04',
			related_attack_date: '2011-10-31',
			convicted: 47,
			trials: 2,
			sentence_stated: true,
			sentence_min_years: 5,
			sentence_max_years: 15,
			sentence_max_life: false,
			group: 'Jund al-Khilafah'
		}
	},
	{
		fact: 'three convicted in Uralsk in October for financing the Islamic Jihad Union, no sentence given',
		section: 'Countering Terrorist Finance',
		says: /In October, three defendants in Uralsk were convicted under terrorist finance laws of providing financial support to the Islamic Jihad Union\./,
		row: (d) => d.convictions.filter((c) => c.city === 'Uralsk'),
		holds: {
			verdict_month: '2012-10',
			related_attack_date: null,
			convicted: 3,
			sentence_stated: false,
			sentence_min_years: null,
			sentence_max_years: null,
			sentence_max_life: null,
			group: 'Islamic Jihad Union'
		}
	},
	{
		fact: 'dozens of people convicted of terrorism or extremism during the year, no number given',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /Throughout the year, [^.]*convicted dozens of people on charges of terrorism or extremism/,
		row: (d) => d.convictions.filter((c) => c.convicted_words === 'dozens'),
		holds: {
			verdict_month: '2012',
			verdict_month_precision: 'year',
			city: null,
			convicted: null,
			convicted_unit: 'people',
			trials: null,
			sentence_stated: false,
			sentence_min_years: null,
			sentence_max_years: null,
			sentence_max_life: null
		}
	},
	{
		fact: 'several opposition media outlets convicted of extremism and ordered to stop in 2012',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /several opposition media outlets were convicted of extremism and ordered to stop operations in 2012/,
		row: (d) => d.convictions.filter((c) => c.convicted_unit === 'media outlets'),
		holds: {
			verdict_month: '2012',
			verdict_month_precision: 'year',
			city: null,
			convicted: null,
			convicted_words: 'several',
			sentence_stated: false,
			sentence_max_life: null
		}
	},
	{
		fact: '1,800 websites reviewed in the first nine months of 2012',
		section: 'Countering Radicalization and Violent Extremism',
		says: /the Agency for Religious Affairs scrutinized 1,800 websites for violent extremist content in the first nine months of the year/,
		row: (d) => d.websites.filter((w) => w.measure === 'reviewed'),
		holds: {
			websites: 1800,
			agency: 'Agency for Religious Affairs',
			period_start: '2012-01',
			period_end: '2012-09'
		}
	},
	{
		fact: '950 websites shut down since 2010',
		section: 'Countering Radicalization and Violent Extremism',
		says: /National Security Council claimed that 950 websites that promoted violent extremism have been shut down since 2010/,
		row: (d) => d.websites.filter((w) => w.measure === 'shut_down'),
		holds: {
			websites: 950,
			agency: 'National Security Council',
			period_start: '2010',
			period_end: null
		}
	}
];

withReport('facts, as the report gives them', () => {
	it.each(FACTS)('the report says: $fact', ({ section: heading, says }) => {
		expect(section(heading)).toMatch(says);
	});
});

describe('facts, in the data', () => {
	it.each(FACTS)('exactly one row holds: $fact', ({ section: heading, row, holds }) => {
		const rows = row(data);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ ...holds, section: heading });
	});
});

/**
 * Every development the report names, dated as precisely as it dates them (an estimated day counts
 * as its month); null where the report gives no date.
 */
const DEVELOPMENTS: { date: string | null; theme: string; section: string; says: RegExp }[] = [
	{
		date: '2012-07-11',
		theme: 'incident',
		section: '2012 Terrorist Incidents',
		says: /On July 11, a blast/
	},
	{
		date: '2012-08-17',
		theme: 'incident',
		section: '2012 Terrorist Incidents',
		says: /In an August 17 follow-up operation/
	},
	{
		date: '2012-09',
		theme: 'incident',
		section: '2012 Terrorist Incidents',
		says: /a week after suspected violent extremists set off an accidental explosion/
	},
	{
		date: '2012-09-12',
		theme: 'incident',
		section: '2012 Terrorist Incidents',
		says: /On September 12, .* during a raid on an apartment building in Kulsary/
	},
	{
		date: '2012-12',
		theme: 'legislation',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In December, Kazakhstan's parliament approved new legislation/
	},
	{
		date: '2012-04',
		theme: 'cooperation',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In April, representatives of border control agencies/
	},
	{
		date: '2012-04',
		theme: 'justice',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In April, five people were convicted/
	},
	{
		date: '2012-04',
		theme: 'justice',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In two separate trials in April, 47 defendants/
	},
	{
		date: '2012-09',
		theme: 'oversight',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /In September, Kazakhstani parliamentarians criticized law enforcement/
	},
	{
		date: '2012-06',
		theme: 'legislation',
		section: 'Countering Terrorist Finance',
		says: /In June, Kazakhstan adopted several changes and amendments to its existing terrorist finance laws/
	},
	{
		date: '2012-10',
		theme: 'cooperation',
		section: 'Countering Terrorist Finance',
		says: /In October, the Senate ratified a Customs Union treaty/
	},
	{
		date: '2012-10',
		theme: 'justice',
		section: 'Countering Terrorist Finance',
		says: /In October, three defendants in Uralsk were convicted/
	},
	{
		date: '2012-06',
		theme: 'cooperation',
		section: 'Regional and International Cooperation',
		says: /In June, regional representatives met in Almaty/
	},
	{
		date: '2012-08',
		theme: 'cooperation',
		section: 'Regional and International Cooperation',
		says: /In August, expert consultants from the Shanghai Cooperation Organization met in Almaty/
	},
	{
		date: '2012-08',
		theme: 'cooperation',
		section: 'Regional and International Cooperation',
		says: /In August, Kazakhstani security forces conducted joint counterterrorism drills/
	},
	{
		date: '2012',
		theme: 'justice',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /Throughout the year, [^.]*convicted dozens of people/
	},
	{
		date: '2012',
		theme: 'justice',
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /several opposition media outlets were convicted of extremism and ordered to stop operations in 2012/
	},
	{
		date: null,
		theme: 'cooperation',
		section: 'Countering Terrorist Finance',
		says: /Kazakhstan is a member of the Eurasian Group on Combating Money Laundering/
	},
	{
		date: null,
		theme: 'administration',
		section: 'Countering Terrorist Finance',
		says: /The Prosecutor General's Office has indicated that it has plans to make lists of organizations that finance terrorism[^.]*\. [^.]*Financial Monitoring Committee monitor/
	},
	{
		date: null,
		theme: 'legislation',
		section: 'Countering Radicalization and Violent Extremism',
		says: /a new law on religion mandated the registration of religious groups/
	},
	{
		date: null,
		theme: 'administration',
		section: 'Countering Radicalization and Violent Extremism',
		says: /Committee for National Security, the registration process did not reveal any terrorist organizations/
	},
	{
		date: null,
		theme: 'administration',
		section: 'Countering Radicalization and Violent Extremism',
		says: /several religious communities [^.]*complained that authorities denied them registration/
	},
	{
		date: null,
		theme: 'legislation',
		section: 'Countering Radicalization and Violent Extremism',
		says: /new legislation requires all media outlets in Kazakhstan to assist state bodies in counterterrorism efforts/
	}
];

describe('developments', () => {
	withReport('in the report', () => {
		it.each(DEVELOPMENTS)(
			'the report gives $date ($theme) in $section',
			({ section: heading, says }) => {
				expect(section(heading)).toMatch(says);
			}
		);
	});

	it('events.csv has exactly these developments, with these dates, themes and sections', () => {
		const key = (e: { date: string | null; theme: string; section: string }) =>
			`${e.date ?? 'no date'} | ${e.theme} | ${e.section}`;
		expect(data.events.map(key).sort()).toEqual(DEVELOPMENTS.map(key).sort());
	});
});

/** Countries the report names for each multinational development. */
const PARTICIPANTS: { event: RegExp; section: string; says: RegExp; countries: string[] }[] = [
	{
		event: /border/i,
		section: 'Legislation, Law Enforcement, and Border Security',
		says: /border control agencies from Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan/,
		countries: ['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']
	},
	{
		event: /drills/i,
		section: 'Regional and International Cooperation',
		says: /Kazakhstani security forces conducted joint counterterrorism drills with counterparts from Russia and Ukraine/,
		countries: ['Kazakhstan', 'Russia', 'Ukraine']
	},
	{
		event: /Customs Union/,
		section: 'Countering Terrorist Finance',
		says: /The Customs Union consists of Kazakhstan, Russia, and Belarus\./,
		countries: ['Belarus', 'Kazakhstan', 'Russia']
	}
];

describe('participants', () => {
	withReport('in the report', () => {
		it.each(PARTICIPANTS)('the report names $countries', ({ section: heading, says }) => {
			expect(section(heading)).toMatch(says);
		});
	});

	it.each(PARTICIPANTS)('participants.csv lists $countries', ({ event, countries }) => {
		const matches = data.events.filter((e) => event.test(e.summary));
		expect(matches).toHaveLength(1);
		const listed = data.participants
			.filter((p) => p.event_id === matches[0]?.id)
			.map((p) => p.country)
			.sort();
		expect(listed).toEqual(countries);
	});

	it('lists countries only for the three developments whose countries the report names', () => {
		expect(new Set(data.participants.map((p) => p.event_id)).size).toBe(PARTICIPANTS.length);
	});
});

/** No text of ours shares this many consecutive words with the report, proper names aside. */
const RUN = 8;

/** Files whose text a reader sees: pages, components, chart wording, the codebook and the docs. */
function readerFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(ROOT, path)).isDirectory()) return readerFiles(path);
		return /\.(svelte|ts|js|md|cff)$/.test(name) ? [path] : [];
	});
}

withReport('our own words', () => {
	const reportRuns = runsOf(REPORT, RUN);
	const copied = (text: string) => sharedRun(text, reportRuns, RUN, PROPER_NAMES);

	it('the copy check finds a sentence lifted from the report, and passes a paraphrase', () => {
		expect(
			copied(
				'Note: Security forces stated that the explosion occurred in a safe-house where a violent extremist group was attempting to build a bomb.'
			)
		).not.toBeNull();
		expect(
			copied('Blast at a suspected bomb-making house near Almaty kills eight people.')
		).toBeNull();
	});

	it('the copy check lets the proper names through', () => {
		for (const name of PROPER_NAMES) expect(copied(`See the ${name}.`), name).toBeNull();
	});

	const cells = SECTIONED.flatMap((name) => {
		const resource = descriptor.resources.find((r) => r.name === name);
		const text = resource?.schema.fields.filter((f) => f.type === 'string') ?? [];
		return data[name].flatMap((row) =>
			text.map((field) => ({
				where: `${name}.csv ${row.id} ${field.name}`,
				text: String((row as unknown as Record<string, unknown>)[field.name] ?? '')
			}))
		);
	});
	it.each(cells)(`$where: no run of ${RUN} words copied from the report`, ({ text }) => {
		expect(copied(text)).toBeNull();
	});

	const pages = [
		...readerFiles('src'),
		'static/data/README.md',
		'static/data/CHANGELOG.md',
		'README.md',
		'CITATION.cff'
	];
	it.each(pages)(`%s: no run of ${RUN} words copied from the report`, (path) => {
		expect(copied(readFileSync(join(ROOT, path), 'utf8'))).toBeNull();
	});
});
