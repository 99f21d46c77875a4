/** Finds the report's text for the checks that compare the data with it; the repository never holds it. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Where the report's text sits beside a clone of the repository (and beside CI's clone). */
export const DEFAULT_REPORT_PATH =
	'../shared/seeds/country-reports-on-terrorism-2012-kazakhstan.txt';

export type ReportText = { text: string; path: string } | { text: null; path: string; why: string };

/** Reads the file that CRT_REPORT_TEXT names, else the default path, relative to `root`. */
export function readReportText(
	env: Record<string, string | undefined>,
	root: string,
	read: (path: string) => string = (path) => readFileSync(path, 'utf8')
): ReportText {
	const named = env.CRT_REPORT_TEXT?.trim();
	const given = named || DEFAULT_REPORT_PATH;
	const path = isAbsolute(given) ? given : join(root, given);
	try {
		return { text: read(path), path };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		const source = named
			? `CRT_REPORT_TEXT (${given})`
			: `${DEFAULT_REPORT_PATH} (CRT_REPORT_TEXT is not set)`;
		return { text: null, path, why: `cannot read ${source}: ${code}` };
	}
}
