import { describe, expect, it } from 'vitest';
import { GLOSSARY_IDS, glossaryOf, glossed } from '../../src/lib/glossary.ts';
import { langFor } from '../../src/lib/i18n/index.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';

const EN = langFor('en');
const RU = langFor('ru');
const KK = langFor('kk');

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const links = (segments: { text: string; entry?: string }[]) =>
	segments.filter((s) => s.entry).map((s) => `${s.entry}:${s.text}`);

describe('glossed', () => {
	it.each([
		{ lang: EN, text: 'No names here.', expected: [] },
		{
			lang: EN,
			text: 'The Senate ratifies a Customs Union treaty.',
			expected: ['customs-union:Customs Union']
		},
		{
			lang: EN,
			text: 'Kazakhstan belongs to the Eurasian Group on Combating Money Laundering and Financing of Terrorism.',
			expected: [
				'eurasian-group:Eurasian Group on Combating Money Laundering and Financing of Terrorism'
			]
		},
		{
			lang: EN,
			text: 'Jund al-Khilafah and the Islamic Jihad Union, then Jund al-Khilafah again.',
			expected: ['jund-al-khilafah:Jund al-Khilafah', 'islamic-jihad-union:Islamic Jihad Union']
		},
		{ lang: EN, text: 'A CUSTOMS UNIONS word is no name.', expected: [] },
		{ lang: EN, text: 'Таможенный союз is not English.', expected: [] },
		// Russian: any grammatical case of the name, and its abbreviation.
		{
			lang: RU,
			text: 'Сенат ратифицирует договор Таможенного союза.',
			expected: ['customs-union:Таможенного союза']
		},
		{
			lang: RU,
			text: 'Представитель Комитета национальной безопасности и эксперты ШОС.',
			expected: [
				'committee-for-national-security:Комитета национальной безопасности',
				'shanghai-cooperation-organization:ШОС'
			]
		},
		{
			lang: RU,
			text: 'Казахстан входит в Евразийскую группу по противодействию легализации преступных доходов и финансированию терроризма.',
			expected: [
				'eurasian-group:Евразийскую группу по противодействию легализации преступных доходов и финансированию терроризма'
			]
		},
		{
			lang: RU,
			text: 'Группировка «Джунд аль-Халифат» и Союз исламского джихада.',
			expected: [
				'jund-al-khilafah:Джунд аль-Халифат',
				'islamic-jihad-union:Союз исламского джихада'
			]
		},
		// Not inside a longer word, in any script.
		{ lang: RU, text: 'ШОСсе и ПРЕДКНБ не названия.', expected: [] },
		{ lang: RU, text: 'The Customs Union is not Russian.', expected: [] },
		// Kazakh: the case ending joined to the last word.
		{
			lang: KK,
			text: 'Сенат Кеден одағының шартын ратификациялайды.',
			expected: ['customs-union:Кеден одағының']
		},
		{
			lang: KK,
			text: 'Ұлттық қауіпсіздік комитетінің өкілі және Еуразиялық тобына мүшелік.',
			expected: [
				'committee-for-national-security:Ұлттық қауіпсіздік комитетінің',
				'eurasian-group:Еуразиялық тобына'
			]
		},
		{
			lang: KK,
			text: 'Ислам жиһады одағын қаржыландыру.',
			expected: ['islamic-jihad-union:Ислам жиһады одағын']
		}
	])(
		'links the first use of each name, keeping the words whole ($lang.locale): $text',
		({ lang, text, expected }) => {
			const segments = glossed(text, new Set(), lang);
			expect(joined(segments)).toBe(text);
			expect(links(segments)).toEqual(expected);
		}
	);

	it.each([...LOCALES])(
		'links a name once a page, in %s: later texts leave it as words',
		(locale) => {
			const lang = langFor(locale);
			const term = glossaryOf(lang)[0]?.term ?? '';
			const seen = new Set<string>();
			const first = glossed(`${term}.`, seen, lang);
			const second = glossed(`${term} again.`, seen, lang);
			expect(links(first)).toHaveLength(1);
			expect(links(second)).toEqual([]);
			expect(joined(second)).toBe(`${term} again.`);
		}
	);

	it('finds an English name in an English text', () => {
		expect(links(glossed('A Customs Union treaty.', new Set(), langFor('en')))).toEqual([
			'customs-union:Customs Union'
		]);
	});
});

describe.each([...LOCALES])('the glossary in %s', (locale) => {
	const lang = langFor(locale);
	const entries = glossaryOf(lang);

	it('has the six bodies and groups, with the same anchors as every edition', () => {
		expect(entries.map((e) => e.id)).toEqual([
			'committee-for-national-security',
			'shanghai-cooperation-organization',
			'customs-union',
			'eurasian-group',
			'jund-al-khilafah',
			'islamic-jihad-union'
		]);
		expect(GLOSSARY_IDS).toEqual(entries.map((e) => e.id));
	});

	it.each(entries.map((e) => [e.id, e] as const))(
		'%s: its term links to itself, and its words are one line of the edition’s script',
		(id, e) => {
			expect(links(glossed(e.term, new Set(), lang)).map((l) => l.split(':')[0])).toEqual([id]);
			expect(e.words).not.toMatch(/\n/);
			expect(e.words.length).toBeLessThan(320);
			// A Russian or Kazakh definition is in Cyrillic: no English word in it.
			if (locale !== 'en') expect(e.words.match(/[A-Za-z]{4,}/g)).toBeNull();
		}
	);
});

it('fails, naming the id, when an edition lacks an entry', () => {
	const entries = { ...RU.m.glossary.entries };
	delete entries['customs-union'];
	const lacking = { locale: RU.locale, m: { ...RU.m, glossary: { entries } } };
	expect(() => glossaryOf(lacking)).toThrow(/ru.*"customs-union"/);
});
