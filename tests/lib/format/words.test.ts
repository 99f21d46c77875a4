import { describe, expect, it } from 'vitest';
import { capitalise, listInWords } from '../../../src/lib/format/words.ts';

describe('listInWords', () => {
	it.each([
		{ items: [], expected: '' },
		{ items: ['Taraz'], expected: 'Taraz' },
		{ items: ['Taraz', 'Atyrau'], expected: 'Taraz and Atyrau' },
		{ items: ['Taraz', 'Atyrau', 'Uralsk'], expected: 'Taraz, Atyrau and Uralsk' },
		{ items: ['“A, B”', '“C”'], expected: '“A, B” and “C”' }
	])('$items → "$expected"', ({ items, expected }) => {
		expect(listInWords(items)).toBe(expected);
	});
});

describe('capitalise', () => {
	it.each([
		{ text: 'at least 20', expected: 'At least 20' },
		{ text: 'Already', expected: 'Already' },
		{ text: '55 people', expected: '55 people' },
		{ text: '', expected: '' }
	])('"$text" → "$expected"', ({ text, expected }) => {
		expect(capitalise(text)).toBe(expected);
	});
});
