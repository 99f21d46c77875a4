import { describe, expect, it } from 'vitest';
import { runsOf, sharedRun, stretches, words } from '../../../src/lib/data/copy.ts';

/** A made-up source text; the real report is compared in package.test.ts. */
const SOURCE =
	'The Ministry of Made-Up Affairs said on Monday that the new rules would apply to every town in the region, according to the Office of Imaginary Statistics.';
const runs = runsOf(SOURCE, 8);
const NAMES = ['Office of Imaginary Statistics', 'Ministry of Made-Up Affairs'];

describe('words', () => {
	it.each<[string, string[]]>([
		['The cat’s hat.', ['the', 'cats', 'hat']],
		['Counter-Terrorism Strategy', ['counter', 'terrorism', 'strategy']],
		['  1,800 websites  ', ['1', '800', 'websites']],
		['', []]
	])('%j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('stretches', () => {
	it.each<[string, string[][]]>([
		['no names here', [['no', 'names', 'here']]],
		['see the Office of Imaginary Statistics today', [['see', 'the'], ['today']]],
		['Office of Imaginary Statistics', []]
	])('%j', (text, expected) => {
		expect(stretches(text, NAMES)).toEqual(expected);
	});
});

describe('sharedRun', () => {
	it.each<{ text: string; names: string[]; found: string | null }>([
		{
			text: 'Officials said the new rules would apply to every town in the region.',
			names: [],
			found: 'the new rules would apply to every town'
		},
		{ text: 'New rules cover each town of the region, officials said.', names: [], found: null },
		{ text: 'The rules would apply to every town nearby.', names: [], found: null },
		{
			text: 'Figures from the Office of Imaginary Statistics and the Ministry of Made-Up Affairs.',
			names: NAMES,
			found: null
		},
		{
			text: 'every town in the region, according to the Office of Imaginary Statistics',
			names: [],
			found: 'every town in the region according to the'
		}
	])('$text', ({ text, names, found }) => {
		expect(sharedRun(text, runs, 8, names)).toBe(found);
	});
});
