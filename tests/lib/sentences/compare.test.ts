import { describe, expect, it } from 'vitest';
import { describeComparison, type ComparedCase } from '../../../src/lib/sentences/compare.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { LOCALES, type Locale } from '../../../src/lib/i18n/locales.ts';

const en = langFor('en');

/** Hand-built cases; made up, not the published data (the first three echo its shape). */
const range = (city: string, convicted: number, min: number, max: number): ComparedCase => ({
	id: city.toLowerCase(),
	city,
	where: city,
	convicted,
	span: { id: city.toLowerCase(), kind: 'range', min, max }
});
const toLife = (city: string, convicted: number, min: number): ComparedCase => ({
	id: city.toLowerCase(),
	city,
	where: city,
	convicted,
	span: { id: city.toLowerCase(), kind: 'to-life', min }
});
const unstated = (city: string, convicted: number): ComparedCase => ({
	id: city.toLowerCase(),
	city,
	where: city,
	convicted,
	span: { id: city.toLowerCase(), kind: 'not-stated' }
});

const atyrau = range('Atyrau', 47, 5, 15);
const taraz = toLife('Taraz', 5, 5);
const uralsk = unstated('Uralsk', 3);

/** The one sentence matching `pattern`; fails when there are none or several. */
function about(sentences: string[], pattern: RegExp): string {
	const found = sentences.filter((s) => pattern.test(s));
	expect(found, `one sentence matching ${pattern} in ${JSON.stringify(sentences)}`).toHaveLength(1);
	return found[0]!;
}

const SHORTEST = /shortest/i;
const LONGEST = /longest/i;
const LIFE = /\blife\b/i;
const NO_SENTENCE = /no sentence/i;
const CONVICTED = /convicted/i;

/** Whole numbers as written in a sentence, separators removed. */
const numbersIn = (text: string) =>
	[...text.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].map((m) => Number(m[0].replaceAll(',', '')));

/** Terms a case states in years: range ends and a to-life minimum; life and unstated are not numbers. */
const termsInYears = (c: ComparedCase) =>
	c.span.kind === 'range'
		? [c.span.min, c.span.max]
		: c.span.kind === 'to-life'
			? [c.span.min]
			: [];

/** The three cases of the published data, named as each edition's sentences name them. */
const PUBLISHED: Record<Locale, { atyrau: string; taraz: string; uralsk: string }> = {
	en: { atyrau: 'Atyrau', taraz: 'Taraz', uralsk: 'Uralsk' },
	ru: { atyrau: 'в Атырау', taraz: 'в Таразе', uralsk: 'в Уральске' },
	kk: { atyrau: 'Атыраудағы', taraz: 'Тараздағы', uralsk: 'Оралдағы' }
};
const published = (locale: Locale) => {
	const w = PUBLISHED[locale];
	return [
		{ ...atyrau, where: w.atyrau },
		{ ...taraz, where: w.taraz },
		{ ...uralsk, where: w.uralsk }
	];
};

describe('the comparison of the published cases, in each edition', () => {
	it.each<{ locale: Locale; expected: string[] }>([
		{
			locale: 'en',
			expected: [
				'The Atyrau and Taraz cases share the shortest minimum term: 5 years.',
				'Only the Taraz case reaches life imprisonment.',
				'The longest term given in years is 15 years, in the Atyrau case; life sentences are longer still.',
				'The report gives no sentence for the Uralsk case, so it takes no part in the comparison of terms.',
				'In all, 55 people were convicted in the 3 cases compared, 47 of them in the Atyrau case.'
			]
		},
		{
			locale: 'ru',
			expected: [
				'У дел в Атырау и в Таразе одинаковый наименьший минимальный срок: 5 лет.',
				'Только по делу в Таразе наказание доходит до пожизненного лишения свободы.',
				'Наибольший срок, выраженный в годах, — 15 лет, по делу в Атырау; пожизненное лишение свободы — ещё более суровое наказание.',
				'По делу в Уральске срок в докладе не указан, поэтому в сравнении сроков оно не участвует.',
				'Всего по 3 сравниваемым делам осуждены 55 человек; больше всего — 47 человек — по делу в Атырау.'
			]
		},
		{
			locale: 'kk',
			expected: [
				'Атыраудағы және Тараздағы істерде ең қысқа төменгі мерзім бірдей: 5 жыл.',
				'Тек Тараздағы істе жаза өмір бойы бас бостандығынан айыруға дейін жетеді.',
				'Жылмен көрсетілген ең ұзақ мерзім — 15 жыл, Атыраудағы істе; өмір бойы бас бостандығынан айыру одан да ауыр жаза.',
				'Баяндамада Оралдағы істің мерзімі көрсетілмеген, сондықтан ол мерзімдерді салыстыруға қатыспайды.',
				'Салыстырылған 3 істе барлығы 55 адам сотталды; ең көбі — 47 адам, Атыраудағы істе.'
			]
		}
	])('$locale', ({ locale, expected }) => {
		expect(describeComparison(published(locale), langFor(locale))).toStrictEqual(expected);
	});

	it.each<{ locale: Locale; convicted: number; expected: string }>([
		{ locale: 'en', convicted: 1, expected: 'In the A case, 1 person was convicted.' },
		{ locale: 'en', convicted: 21, expected: 'In the A case, 21 people were convicted.' },
		{ locale: 'ru', convicted: 1, expected: 'По делу в А осуждён 1 человек.' },
		{ locale: 'ru', convicted: 2, expected: 'По делу в А осуждены 2 человека.' },
		{ locale: 'ru', convicted: 5, expected: 'По делу в А осуждены 5 человек.' },
		{ locale: 'ru', convicted: 21, expected: 'По делу в А осуждён 21 человек.' },
		{ locale: 'ru', convicted: 1200, expected: 'По делу в А осуждены 1\u00a0200 человек.' },
		{ locale: 'kk', convicted: 1, expected: 'Адағы істе 1 адам сотталды.' },
		{ locale: 'kk', convicted: 47, expected: 'Адағы істе 47 адам сотталды.' }
	])(
		'$locale: $convicted convicted agree with their noun and verb',
		({ locale, convicted, expected }) => {
			const where = { en: 'A', ru: 'в А', kk: 'Адағы' }[locale];
			const sentences = describeComparison(
				[{ ...range('A', convicted, 2, 3), where }],
				langFor(locale)
			);
			expect(sentences[sentences.length - 1]).toBe(expected);
		}
	);

	describe.each(LOCALES)('%s keeps the sources honest', (locale) => {
		const lang = langFor(locale);
		const LIFE_WORDS = {
			en: /life imprisonment/,
			ru: /пожизненного лишения свободы/,
			kk: /өмір бойы бас бостандығынан айыру/
		}[locale];
		const UNSTATED = { en: /no sentence/, ru: /не указан/, kk: /көрсетілмеген/ }[locale];

		it('names an unstated sentence in words, never as a number of years', () => {
			const sentences = describeComparison([{ ...uralsk, where: PUBLISHED[locale].uralsk }], lang);
			const unstatedSentence = about(sentences, UNSTATED);
			expect(unstatedSentence).not.toMatch(/\d/);
			expect(sentences.filter((s) => LIFE_WORDS.test(s))).toStrictEqual([]);
		});

		it('says life in words, with no number of years for it', () => {
			const sentences = describeComparison(
				[
					{ ...toLife('B', 1, 8), where: 'B' },
					{ ...toLife('C', 2, 9), where: 'C' }
				],
				lang
			);
			const life = about(sentences, LIFE_WORDS);
			expect(life).not.toMatch(/\d/);
		});
	});
});

describe('describeComparison', () => {
	it('says nothing about no cases', () => {
		expect(describeComparison([], en)).toStrictEqual([]);
	});

	describe('the shortest minimum', () => {
		it.each<{ name: string; cases: ComparedCase[]; years: string; named: string[] }>([
			{
				name: 'shared by a range and a life case',
				cases: [atyrau, taraz, uralsk],
				years: '5 years',
				named: ['Atyrau', 'Taraz']
			},
			{
				name: 'shared by three cases',
				cases: [range('A', 1, 2, 3), range('B', 1, 2, 9), toLife('C', 1, 2), range('D', 1, 4, 5)],
				years: '2 years',
				named: ['A', 'B', 'C']
			},
			{
				name: 'in one case of several',
				cases: [range('A', 1, 3, 10), toLife('B', 1, 5)],
				years: '3 years',
				named: ['A']
			},
			{
				name: 'in a life case',
				cases: [range('A', 1, 3, 10), toLife('B', 1, 2)],
				years: '2 years',
				named: ['B']
			},
			{
				name: 'of the one stated case, beside an unstated one',
				cases: [unstated('U', 1), range('A', 1, 4, 8)],
				years: '4 years',
				named: ['A']
			},
			{ name: 'one year', cases: [range('A', 1, 1, 3)], years: '1 year', named: ['A'] },
			{
				name: 'a stated zero',
				cases: [range('A', 1, 0, 2), range('B', 1, 5, 10), unstated('U', 1)],
				years: '0 years',
				named: ['A']
			}
		])('$name', ({ cases, years, named }) => {
			const sentence = about(describeComparison(cases, en), SHORTEST);
			expect(sentence).toContain(years);
			expect(numbersIn(sentence)).toStrictEqual([Number.parseInt(years)]);
			for (const c of cases) {
				if (named.includes(c.city)) expect(sentence).toMatch(new RegExp(`\\b${c.city}\\b`));
				else expect(sentence).not.toMatch(new RegExp(`\\b${c.city}\\b`));
			}
		});

		it('is not stated when no case has a sentence', () => {
			const sentences = describeComparison([unstated('U', 1), unstated('V', 2)], en);
			expect(sentences.filter((s) => SHORTEST.test(s))).toStrictEqual([]);
		});
	});

	describe('life sentences', () => {
		it.each<{ name: string; cases: ComparedCase[]; named: string[]; only: boolean }>([
			{
				name: 'one life case among other stated cases: "Only"',
				cases: [atyrau, taraz, uralsk],
				named: ['Taraz'],
				only: true
			},
			{
				name: 'the one stated case, beside an unstated one: no "Only"',
				cases: [taraz, uralsk],
				named: ['Taraz'],
				only: false
			},
			{ name: 'the one case', cases: [taraz], named: ['Taraz'], only: false },
			{
				name: 'two life cases among others',
				cases: [toLife('A', 1, 5), range('B', 1, 2, 3), toLife('C', 1, 8)],
				named: ['A', 'C'],
				only: false
			}
		])('$name', ({ cases, named, only }) => {
			const sentence = about(describeComparison(cases, en), /life imprisonment/i);
			expect(sentence.startsWith('Only ')).toBe(only);
			for (const c of cases) {
				if (named.includes(c.city)) expect(sentence).toMatch(new RegExp(`\\b${c.city}\\b`));
				else expect(sentence).not.toMatch(new RegExp(`\\b${c.city}\\b`));
			}
			expect(sentence).toMatch(named.length === 1 ? /\breaches\b/ : /\breach\b/);
		});

		it('says every stated case reaches life when all do, without naming unstated ones', () => {
			const sentence = about(
				describeComparison([toLife('A', 1, 5), toLife('B', 2, 8), unstated('U', 1)], en),
				/life imprisonment/i
			);
			expect(sentence).toMatch(/\b(every|all|both)\b/i);
			expect(sentence).not.toMatch(/\bU\b/);
		});

		it.each([
			{ name: 'ranges only', cases: [atyrau, range('B', 1, 2, 3)] },
			{ name: 'unstated only', cases: [uralsk] },
			{ name: 'a range and an unstated case', cases: [atyrau, uralsk] }
		])('mentions no life sentence when there is none: $name', ({ cases }) => {
			expect(describeComparison(cases, en).filter((s) => LIFE.test(s))).toStrictEqual([]);
		});
	});

	describe('the longest term in years', () => {
		it.each<{ name: string; cases: ComparedCase[]; years: string; named: string[] }>([
			{
				name: 'beside a life case, which is not a number',
				cases: [atyrau, taraz, uralsk],
				years: '15 years',
				named: ['Atyrau']
			},
			{
				name: 'shared by two cases',
				cases: [range('A', 1, 5, 15), range('B', 1, 3, 15), range('C', 1, 1, 4), toLife('D', 1, 2)],
				years: '15 years',
				named: ['A', 'B']
			},
			{ name: 'one year', cases: [range('A', 1, 1, 1)], years: '1 year', named: ['A'] }
		])('$name', ({ cases, years, named }) => {
			const sentence = about(describeComparison(cases, en), LONGEST);
			expect(sentence).toContain(years);
			expect(numbersIn(sentence)).toStrictEqual([Number.parseInt(years)]);
			for (const c of cases) {
				if (named.includes(c.city)) expect(sentence).toMatch(new RegExp(`\\b${c.city}\\b`));
				else expect(sentence).not.toMatch(new RegExp(`\\b${c.city}\\b`));
			}
		});

		it('is not given as a number when every stated case reaches life', () => {
			const sentences = describeComparison([toLife('A', 1, 5), toLife('B', 1, 20)], en);
			expect(sentences.filter((s) => LONGEST.test(s))).toStrictEqual([]);
		});

		// A life case's minimum is a term in years that someone was given.
		it.each([
			{ name: 'the published shape', cases: [atyrau, taraz, uralsk] },
			{
				name: 'a life minimum above every range',
				cases: [range('A', 1, 5, 15), toLife('B', 1, 20)]
			},
			{
				name: 'a life minimum equal to a range maximum',
				cases: [range('A', 1, 5, 15), toLife('B', 1, 15)]
			}
		])('is never shorter than a term the data states in years: $name', ({ cases }) => {
			const sentence = about(describeComparison(cases, en), LONGEST);
			const [longest] = numbersIn(sentence);
			expect(longest).toBe(Math.max(...cases.flatMap(termsInYears)));
		});
	});

	describe('unstated sentences', () => {
		it.each<{ name: string; cases: ComparedCase[]; unstated: string[] }>([
			{ name: 'one among stated cases', cases: [atyrau, taraz, uralsk], unstated: ['Uralsk'] },
			{
				name: 'two among a stated case',
				cases: [unstated('U', 1), range('A', 1, 5, 10), unstated('V', 2)],
				unstated: ['U', 'V']
			},
			{
				name: 'every case',
				cases: [unstated('U', 1), unstated('V', 2), unstated('W', 3)],
				unstated: ['U', 'V', 'W']
			},
			{ name: 'the one case', cases: [uralsk], unstated: ['Uralsk'] }
		])('$name', ({ cases, unstated: names }) => {
			const sentences = describeComparison(cases, en);
			const sentence = about(sentences, NO_SENTENCE);
			for (const c of cases) {
				if (names.includes(c.city)) expect(sentence).toMatch(new RegExp(`\\b${c.city}\\b`));
				else expect(sentence).not.toMatch(new RegExp(`\\b${c.city}\\b`));
			}
			// An unstated sentence is never a zero nor a shortest or longest term.
			const terms = sentences.filter((s) => SHORTEST.test(s) || LONGEST.test(s) || LIFE.test(s));
			for (const name of names) {
				for (const s of terms) expect(s).not.toMatch(new RegExp(`\\b${name}\\b`));
			}
			const stated = cases.flatMap(termsInYears);
			if (!stated.includes(0)) expect(sentences.join(' ')).not.toMatch(/\b0 years?\b/);
			if (stated.length === 0) expect(terms).toStrictEqual([]);
		});

		it('says nothing about unstated sentences when every case has one', () => {
			expect(
				describeComparison([atyrau, taraz], en).filter((s) => NO_SENTENCE.test(s))
			).toStrictEqual([]);
		});
	});

	describe('people convicted', () => {
		it.each<{ name: string; cases: ComparedCase[]; total: string; largest: string[] }>([
			{
				name: 'the published shape',
				cases: [atyrau, taraz, uralsk],
				total: '55',
				largest: ['Atyrau']
			},
			{
				name: 'a tie for the largest',
				cases: [range('A', 1, 10, 12), range('B', 1, 4, 5), range('C', 1, 6, 8)].map((c, i) => ({
					...c,
					convicted: [7, 3, 7][i]!
				})),
				total: '17',
				largest: ['A', 'C']
			},
			{ name: 'the one case', cases: [taraz], total: '5', largest: ['Taraz'] },
			{
				name: 'thousands',
				cases: [unstated('A', 1200), unstated('B', 34), unstated('C', 1)],
				total: '1,235',
				largest: ['A']
			}
		])('$name', ({ cases, total, largest }) => {
			const sentence = about(describeComparison(cases, en), CONVICTED);
			const sum = /([\d,]+) (?:people were|person was) convicted\b/.exec(sentence);
			expect(sum?.[1]).toBe(total);
			expect(numbersIn(total)).toStrictEqual([cases.reduce((n, c) => n + c.convicted, 0)]);
			const most = Math.max(...cases.map((c) => c.convicted));
			if (cases.length > 1) expect(numbersIn(sentence)).toContain(most);
			for (const c of cases) {
				if (largest.includes(c.city)) expect(sentence).toMatch(new RegExp(`\\b${c.city}\\b`));
				else expect(sentence).not.toMatch(new RegExp(`\\b${c.city}\\b`));
			}
		});

		it.each([
			{ name: 'one case, one person', cases: [unstated('A', 1)], words: '1 person was' },
			{ name: 'one case, two people', cases: [unstated('A', 2)], words: '2 people were' },
			{
				name: 'two cases, one person in all',
				cases: [unstated('A', 1), unstated('B', 0)],
				words: '1 person was'
			},
			{
				name: 'two cases, two people',
				cases: [unstated('A', 1), unstated('B', 1)],
				words: '2 people were'
			}
		])('singular and plural: $name', ({ cases, words }) => {
			expect(about(describeComparison(cases, en), CONVICTED)).toMatch(
				new RegExp(`(^|\\D)${words} convicted\\b`)
			);
		});
	});

	it.each([
		{ name: 'a total', cases: [unstated('A', 1000), unstated('B', 500)], written: '1,500' },
		{ name: 'one large case', cases: [unstated('A', 12345)], written: '12,345' },
		{ name: 'a term in years', cases: [range('A', 1, 5, 1500)], written: '1,500 years' }
	])('writes numbers of 1000 or more with thousands separators: $name', ({ cases, written }) => {
		const text = describeComparison(cases, en).join(' ');
		expect(text).toContain(written);
		expect(text).not.toMatch(/\d{4}/);
	});

	describe.each<{ name: string; cases: ComparedCase[] }>([
		{ name: 'the published shape', cases: [atyrau, taraz, uralsk] },
		{ name: 'the published shape, reordered', cases: [uralsk, taraz, atyrau] },
		{ name: 'one range', cases: [atyrau] },
		{ name: 'one life', cases: [taraz] },
		{ name: 'one unstated', cases: [uralsk] },
		{ name: 'ranges sharing everything', cases: [range('A', 2, 5, 15), range('B', 2, 5, 15)] },
		{ name: 'all life', cases: [toLife('A', 1, 5), toLife('B', 1, 10)] },
		{ name: 'all unstated', cases: [unstated('A', 4), unstated('B', 9)] },
		{ name: 'one-year terms', cases: [range('A', 1, 1, 1), toLife('B', 1, 1)] },
		{ name: 'zero-year terms', cases: [range('A', 2, 0, 0), unstated('B', 2)] },
		{
			name: 'many cases',
			cases: [
				range('Aktobe', 12, 3, 12),
				toLife('Almaty', 8, 10),
				unstated('Astana', 2),
				range('Atyrau', 47, 5, 15),
				toLife('Taraz', 5, 5),
				unstated('Uralsk', 3)
			]
		}
	])('every sentence: $name', ({ cases }) => {
		const sentences = describeComparison(cases, en);

		it('says something about the cases', () => {
			expect(sentences.length).toBeGreaterThan(0);
		});

		it.each(sentences)('starts with a capital and ends with a period: %s', (sentence) => {
			expect(sentence).toMatch(/^[A-Z]/);
			expect(sentence).toMatch(/[^.]\.$/);
			expect(sentence).not.toMatch(/\s{2}|\s[.,;]/);
		});

		it.each(sentences)('uses no averages and no broken numbers: %s', (sentence) => {
			expect(sentence).not.toMatch(/\b(average|mean|median|midpoint)/i);
			expect(sentence).not.toMatch(/NaN|Infinity|undefined|null|\[object/);
		});

		it.each(sentences)('agrees in number: %s', (sentence) => {
			for (const m of sentence.matchAll(/\b([\d,]+) (year|years|person|people)\b/g)) {
				const n = Number(m[1]!.replaceAll(',', ''));
				expect(m[2] === 'year' || m[2] === 'person', m[0]).toBe(n === 1);
			}
		});
	});
});
