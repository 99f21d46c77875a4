import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_PATH, readReportText } from './report-text.ts';

/** A fake file system: the paths it holds, each with its text. */
const reader = (files: Record<string, string>) => (path: string) => {
	const text = files[path];
	if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
	return text;
};

describe('readReportText', () => {
	it.each<{
		name: string;
		env: Record<string, string>;
		files: Record<string, string>;
		text: string | null;
		why?: string;
	}>([
		{
			name: 'the default path beside the clone',
			env: {},
			files: { [join('/repo', DEFAULT_REPORT_PATH)]: 'report' },
			text: 'report'
		},
		{
			name: 'an absolute path in CRT_REPORT_TEXT',
			env: { CRT_REPORT_TEXT: '/elsewhere/report.txt' },
			files: { '/elsewhere/report.txt': 'other' },
			text: 'other'
		},
		{
			name: 'a relative path in CRT_REPORT_TEXT, from the repository',
			env: { CRT_REPORT_TEXT: 'copy.txt' },
			files: { '/repo/copy.txt': 'copy' },
			text: 'copy'
		},
		{
			name: 'nothing beside the clone',
			env: {},
			files: {},
			text: null,
			why: 'CRT_REPORT_TEXT is not set): ENOENT'
		},
		{
			name: 'a CRT_REPORT_TEXT naming a missing file',
			env: { CRT_REPORT_TEXT: '/nowhere.txt' },
			files: { [join('/repo', DEFAULT_REPORT_PATH)]: 'report' },
			text: null,
			why: 'cannot read CRT_REPORT_TEXT (/nowhere.txt): ENOENT'
		}
	])('$name', ({ env, files, text, why }) => {
		const found = readReportText(env, '/repo', reader(files));
		expect(found.text).toBe(text);
		if (found.text === null) expect(found.why).toContain(why);
	});
});
