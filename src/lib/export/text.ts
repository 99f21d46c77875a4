/** Breaks text into lines at spaces, each no wider than `maxWidth` by `width`; a longer word stands alone. */
export function wrapByWidth(
	text: string,
	maxWidth: number,
	width: (line: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && width(longer) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = longer;
		}
	}
	if (line) lines.push(line);
	return lines;
}
