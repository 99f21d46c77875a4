/** Total height of a sentences view showing `rows` rows; kept apart from the geometry so the browser can use it without D3. */
export function sentenceHeight(layout: { top: number; rowHeight: number }, rows: number): number {
	return layout.top + layout.rowHeight * rows;
}
