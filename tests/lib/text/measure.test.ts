import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../../src/lib/server/png.ts';
import { interCovers, measure, type FontWeight } from '../../../src/lib/text/measure.ts';

const SIZE = 40;

/** Width resvg draws a text in, with Inter, between two flat-sided H's: their ink cancels out. */
function resvgAdvance(text: string, weight: FontWeight): number {
	const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	const inked = (content: string) => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="100"><text x="10" y="60" font-family="Inter" font-size="${SIZE}" font-weight="${weight}" xml:space="preserve">${content}</text></svg>`;
		const box = new Resvg(svg, {
			font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' }
		}).getBBox();
		if (!box) throw new Error(`resvg drew nothing for ${content}`);
		return box.width;
	};
	return inked(`H${escaped}H`) - inked('HH');
}

const STRINGS = [
	'at least 11 killed by security forces',
	'1,800 websites reviewed, Jan 2012 – Sept 2012',
	'WAVE AVAToy',
	'Не менее 47 человек осуждены',
	'Комитет национальной безопасности (КНБ)',
	'Ұлттық қауіпсіздік комитеті (ҰҚК)',
	'әғқңөұүһі ӘҒҚҢӨҰҮҺІ',
	'Кемінде 5 жыл бас бостандығынан айыру'
];

describe('measure', () => {
	describe.each(STRINGS)('"%s"', (text) => {
		it.each([400, 600, 700] as const)('in Inter %d is the width resvg draws it', (weight) => {
			const drawn = resvgAdvance(text, weight);
			expect(drawn).toBeGreaterThan(0);
			// Within half a pixel at 40 px, plus a tenth of a percent for rounding of positions.
			expect(Math.abs(measure(text, SIZE, weight, 'inter') - drawn)).toBeLessThan(
				0.5 + drawn * 0.001
			);
		});

		it('has a glyph of its own in Inter for every letter', () => {
			expect(interCovers(text)).toBe(true);
		});

		it('for a page is at least as wide as in Inter, and wider in bold', () => {
			for (const weight of [400, 600, 700] as const)
				expect(measure(text, 13, weight, 'page')).toBeGreaterThanOrEqual(
					measure(text, 13, weight, 'inter')
				);
			expect(measure(text, 13, 700)).toBeGreaterThan(measure(text, 13, 400));
		});
	});

	it('is in proportion to the size', () => {
		expect(measure('Орал', 26, 400)).toBeCloseTo(2 * measure('Орал', 13, 400), 9);
	});

	it('is zero for no text', () => {
		expect(measure('', 13)).toBe(0);
	});

	it('tells a letter Inter lacks', () => {
		expect(interCovers('Ꙁ')).toBe(false);
	});
});
