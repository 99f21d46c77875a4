import { describe, expect, it } from 'vitest';
import { englishWords } from './english.ts';

describe('englishWords', () => {
	it.each([
		{ text: 'Доклад не называет место.', found: [] },
		{ text: 'Доклад gives no place.', found: ['gives', 'place'] },
		{ text: 'Источник: Country Reports on Terrorism 2012 – Kazakhstan, 2013.', found: [] },
		{ text: 'URL: https://www.refworld.org/docid/51a86e8418.html', found: [] },
		{ text: 'Файлы CSV и JSON, пакет Frictionless', found: [] },
		{ text: 'Country Reports on Terrorism (без года)', found: ['Country', 'Reports', 'Terrorism'] }
	])('finds $found in "$text"', ({ text, found }) => {
		expect(englishWords(text)).toEqual(found);
	});
});
