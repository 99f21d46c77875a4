import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossed } from '../../src/lib/glossary.ts';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const links = (segments: { text: string; entry?: string }[]) =>
	segments.filter((s) => s.entry).map((s) => `${s.entry}:${s.text}`);

describe('glossed', () => {
	it.each([
		{ text: 'No names here.', expected: [] },
		{
			text: 'The Senate ratifies a Customs Union treaty.',
			expected: ['customs-union:Customs Union']
		},
		{
			text: 'Kazakhstan belongs to the Eurasian Group on Combating Money Laundering and Financing of Terrorism.',
			expected: [
				'eurasian-group:Eurasian Group on Combating Money Laundering and Financing of Terrorism'
			]
		},
		{
			text: 'Jund al-Khilafah and the Islamic Jihad Union, then Jund al-Khilafah again.',
			expected: ['jund-al-khilafah:Jund al-Khilafah', 'islamic-jihad-union:Islamic Jihad Union']
		},
		{ text: 'A CUSTOMS UNIONS word is no name.', expected: [] }
	])('links the first use of each name, keeping the words whole: $text', ({ text, expected }) => {
		const segments = glossed(text, new Set());
		expect(joined(segments)).toBe(text);
		expect(links(segments)).toEqual(expected);
	});

	it('links a name once a page: later texts of the page leave it as words', () => {
		const seen = new Set<string>();
		const first = glossed('A Committee for National Security representative says so.', seen);
		const second = glossed('The Committee for National Security again.', seen);
		expect(links(first)).toHaveLength(1);
		expect(links(second)).toEqual([]);
		expect(joined(second)).toBe('The Committee for National Security again.');
	});

	it('names each of the six bodies and groups in one line of words, with an anchor each', () => {
		expect(GLOSSARY.map((e) => e.id)).toEqual([
			'committee-for-national-security',
			'shanghai-cooperation-organization',
			'customs-union',
			'eurasian-group',
			'jund-al-khilafah',
			'islamic-jihad-union'
		]);
		for (const e of GLOSSARY) {
			expect(e.names).toContain(e.term);
			expect(e.words).not.toMatch(/\n/);
			expect(e.words.length).toBeLessThan(200);
		}
	});
});
