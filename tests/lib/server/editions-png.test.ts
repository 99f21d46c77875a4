import { describe, expect, it } from 'vitest';
import { langFor } from '../../../src/lib/i18n/index.ts';
import { chartFiles } from '../../../src/lib/server/charts.ts';
import { exportSvg } from '../../../src/lib/server/export-svg.ts';
import { cardNames, shareCardSvg } from '../../../src/lib/server/share.ts';
import { interCovers } from '../../../src/lib/text/measure.ts';
import { texts } from '../charts/svg.ts';

/** Letters only Cyrillic has: a translated image must show some. */
const CYRILLIC = /[\u0400-\u04FF]/g;

describe.each(['ru', 'kk'] as const)('the %s edition’s images', (locale) => {
	const lang = langFor(locale);

	// resvg draws a character Inter lacks as nothing at all: every character must be Inter's own.
	describe.each(cardNames(lang))('share card %s', (name) => {
		const words = texts(shareCardSvg(name, lang)).join(' ');
		it('is written in Cyrillic', () => {
			expect((words.match(CYRILLIC) ?? []).length, words).toBeGreaterThan(20);
		});
		it('has a glyph in Inter for every character, regular and bold', () => {
			const missing = [...new Set(words)].filter(
				(c) => !interCovers(c, 400) || !interCovers(c, 700)
			);
			expect(missing).toEqual([]);
		});
	});

	describe.each(chartFiles(lang).map((spec) => ({ id: spec.id, spec })))(
		'chart $id as SVG and PNG',
		({ spec }) => {
			const words = texts(exportSvg(spec, lang)).join(' ');
			it('is written in Cyrillic, with a glyph in Inter for every character', () => {
				expect((words.match(CYRILLIC) ?? []).length, words).toBeGreaterThan(20);
				const missing = [...new Set(words)].filter(
					(c) => !interCovers(c, 400) || !interCovers(c, 700)
				);
				expect(missing).toEqual([]);
			});
		}
	);
});
