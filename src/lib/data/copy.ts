/** Finds wording shared with the report: runs of consecutive words, ignoring case and punctuation. */

/** The words of a text, lower-cased, punctuation dropped ("Counter-Terrorism" is two words). */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

/** Every run of `length` consecutive words of `source`, for fast look-up. */
export function runsOf(source: string, length: number): Set<string> {
	const w = words(source);
	const runs = new Set<string>();
	for (let i = 0; i + length <= w.length; i++) runs.add(w.slice(i, i + length).join(' '));
	return runs;
}

/** Splits `text` into stretches of words, cutting out every proper name so a name never counts as copied wording. */
export function stretches(text: string, names: readonly string[]): string[][] {
	const w = words(text);
	const cut = new Array<boolean>(w.length).fill(false);
	for (const name of names) {
		const n = words(name);
		if (n.length === 0) continue;
		for (let i = 0; i + n.length <= w.length; i++) {
			if (n.every((word, j) => w[i + j] === word)) cut.fill(true, i, i + n.length);
		}
	}
	const out: string[][] = [[]];
	w.forEach((word, i) => {
		if (cut[i]) {
			if ((out[out.length - 1] ?? []).length > 0) out.push([]);
		} else out[out.length - 1]?.push(word);
	});
	return out.filter((s) => s.length > 0);
}

/**
 * The first run of `length` consecutive words that `text` shares with the source (given as
 * `runsOf(source, length)`), proper names left out; null when there is none.
 */
export function sharedRun(
	text: string,
	sourceRuns: ReadonlySet<string>,
	length: number,
	names: readonly string[] = []
): string | null {
	for (const stretch of stretches(text, names)) {
		for (let i = 0; i + length <= stretch.length; i++) {
			const run = stretch.slice(i, i + length).join(' ');
			if (sourceRuns.has(run)) return run;
		}
	}
	return null;
}
