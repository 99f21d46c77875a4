/** A data file that breaks the package's rules; the message names file, row, column, value and what was expected. */
export class DataError extends Error {
	constructor(
		/** Path of the file, as a newcomer would open it. */
		readonly file: string,
		/** 1-based data row (the header is not counted); null for a file-level problem. */
		readonly row: number | null,
		readonly column: string | null,
		/** The offending cell as written; null when there is no single cell. */
		readonly value: string | null,
		readonly expected: string,
		/** 1-based line of the file where the row starts, when known. */
		readonly line: number | null = null
	) {
		const rowText =
			row === null ? null : line === null ? `data row ${row}` : `data row ${row} (line ${line})`;
		const where = [file, rowText, column === null ? null : `column "${column}"`]
			.filter((part) => part !== null)
			.join(', ');
		const shown = value !== null && value.length > 80 ? `${value.slice(0, 77)}…` : value;
		const found = shown === null ? '' : ` found ${JSON.stringify(shown)};`;
		super(`Invalid data in ${where}:${found} expected ${expected}`);
		this.name = 'DataError';
	}
}
