import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedOn, REPORT, reportCitation, sectionUrl } from '../../src/lib/source.ts';
import { SECTIONS } from '../../src/lib/data/types.ts';

const descriptor = JSON.parse(readFileSync('static/data/datapackage.json', 'utf8')) as {
	sources: { title: string; path: string; publisher: string; published: string }[];
};

describe('the report the site cites', () => {
	it('is the source datapackage.json names', () => {
		const [source] = descriptor.sources;
		expect(REPORT.url).toBe(source?.path);
		expect(REPORT.publisher).toBe(source?.publisher);
		expect(REPORT.published).toBe(source?.published);
		// The package writes the title with a hyphen, the site with an en dash.
		expect(REPORT.title.replace('–', '-')).toBe(source?.title);
	});

	it('gives the publication date in words', () => {
		const [y, m, d] = REPORT.published.split('-').map(Number) as [number, number, number];
		const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', {
			month: 'long',
			timeZone: 'UTC'
		});
		expect(publishedOn('long', 'en')).toBe(`${d} ${month} ${y}`);
		expect(publishedOn('month', 'en')).toBe(`${month} ${y}`);
		expect(reportCitation('en')).toContain(publishedOn('long', 'en'));
	});

	it.each(SECTIONS)(
		'links "%s" to the report, with a text fragment that survives its commas and dashes',
		(section) => {
			const url = sectionUrl(section);
			expect(url.startsWith(`${REPORT.url}#:~:text=`)).toBe(true);
			const fragment = url.split('#:~:text=')[1] as string;
			expect(fragment).not.toMatch(/[,-]/);
			expect(decodeURIComponent(fragment)).toBe(section);
		}
	);
});
