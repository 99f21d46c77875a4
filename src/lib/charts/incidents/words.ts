/** A sentence's full stop, unless its last word already ends in one ("сент. 2012 г."). */
export function endSentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}
