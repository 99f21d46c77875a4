/**
 * The bodies and groups the report names, each in one line of our own words, in each edition's
 * language, and the links from a text to them. The words are in the glossary catalogue
 * (src/lib/i18n/glossary); the ids, and so the anchors, are the same in every edition.
 */
import glossaryEn from './i18n/glossary/en.ts';
import type { Lang } from './i18n/index.ts';

export interface GlossaryEntry {
	/** Anchor on the about page: #glossary-<id>. */
	id: string;
	term: string;
	/** Other ways the edition writes the name, longest first; `*` stands for any letters. */
	names: readonly string[];
	words: string;
}

/** The entries' ids, in the order the about page lists them: the English catalogue's. */
export const GLOSSARY_IDS: readonly string[] = Object.keys(glossaryEn.entries);

/** The glossary in one edition's words; an entry the edition lacks fails the build, naming it. */
export function glossaryOf(lang: Pick<Lang, 'locale' | 'm'>): readonly GlossaryEntry[] {
	return GLOSSARY_IDS.map((id) => {
		const entry = lang.m.glossary.entries[id];
		if (!entry) throw new Error(`The ${lang.locale} glossary has no entry "${id}"`);
		return { id, ...entry };
	});
}

const patterns = new Map<string, RegExp>();

/**
 * A name as a pattern: whole words only, in any script (JavaScript's \b knows Latin letters
 * alone), a `*` any letters, so that Russian and Kazakh case endings still match, and any space.
 */
function patternOf(name: string): RegExp {
	let pattern = patterns.get(name);
	if (!pattern) {
		const body = name
			.split('*')
			.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
			.join('\\p{L}*');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
		patterns.set(name, pattern);
	}
	return pattern;
}

/** A run of text, or a name in it that links to its glossary entry. */
export interface Segment {
	text: string;
	/** The glossary entry the text names, where this is its first use on the page. */
	entry?: string;
}

/**
 * Splits a text at the first use on a page of each name in the edition's glossary, the names in
 * `seen` already linked higher up the page; adds the names it links to `seen`. `lang` is the
 * text's edition; English until every caller passes it.
 */
export function glossed(
	text: string,
	seen: Set<string>,
	lang: Pick<Lang, 'locale' | 'm'>
): Segment[] {
	const found: { at: number; text: string; id: string }[] = [];
	for (const entry of glossaryOf(lang)) {
		if (seen.has(entry.id)) continue;
		const hits = entry.names
			.map((name) => patternOf(name).exec(text))
			.filter((m): m is RegExpExecArray => m !== null)
			.map((m) => ({ at: m.index, text: m[0] }))
			.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
		const first = hits[0];
		if (first) found.push({ ...first, id: entry.id });
	}
	found.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
	const segments: Segment[] = [];
	let from = 0;
	for (const hit of found) {
		if (hit.at < from) continue;
		if (hit.at > from) segments.push({ text: text.slice(from, hit.at) });
		segments.push({ text: hit.text, entry: hit.id });
		seen.add(hit.id);
		from = hit.at + hit.text.length;
	}
	if (from < text.length || segments.length === 0) segments.push({ text: text.slice(from) });
	return segments;
}
