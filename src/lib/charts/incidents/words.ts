/** A row's own words in an edition, by the row's id: a missing translation fails the build, naming the id. */
export function rowWords(words: Record<string, string>, id: string, what: string): string {
	const text = words[id];
	if (text === undefined) throw new Error(`No ${what} for "${id}" in the catalogue`);
	return text;
}
