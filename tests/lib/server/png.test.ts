import { describe, expect, it } from 'vitest';
import { GET as chartPng } from '../../../src/routes/[[lang=edition]]/charts/[id].png/+server.ts';
import { GET as cardPng } from '../../../src/routes/[[lang=edition]]/cards/[name].png/+server.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/server/cards.ts';
import { charts } from '../../../src/lib/server/charts.ts';
import { exportSvg } from '../../../src/lib/server/export-svg.ts';
import { FONT_FILES, renderPng } from '../../../src/lib/server/png.ts';
import { cardNames } from '../../../src/lib/server/share.ts';
import { pngSize, svgSize } from '../png.ts';
import { langFor } from '../../../src/lib/i18n/index.ts';

const EN = langFor('en');

/** Calls a prerendered endpoint as the build does, with only the route's parameters. */
async function body(
	handler: (event: never) => Response | Promise<Response>,
	params: Record<string, string>
): Promise<{ type: string | null; bytes: Uint8Array }> {
	const response = await handler({ params } as never);
	return {
		type: response.headers.get('content-type'),
		bytes: new Uint8Array(await response.arrayBuffer())
	};
}

describe('pngSize', () => {
	const png = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"/>', {
		scale: 2
	});

	it('reads the size of a PNG', () => {
		expect(pngSize(png)).toEqual({ width: 60, height: 40 });
	});

	it.each([
		{ name: 'a wrong signature', bytes: Buffer.concat([Buffer.from('GIF89a'), png.subarray(6)]) },
		{ name: 'a truncated file', bytes: png.subarray(0, png.length - 12) },
		{
			name: 'a damaged header',
			bytes: Buffer.concat([png.subarray(0, 17), Buffer.from([7]), png.subarray(18)])
		}
	])('rejects $name', ({ bytes }) => {
		expect(() => pngSize(bytes)).toThrow();
	});
});

describe('renderPng', () => {
	it('loads only the fonts installed from npm', () => {
		expect(FONT_FILES.length).toBeGreaterThan(0);
		for (const file of FONT_FILES)
			expect(file).toMatch(/node_modules\/@expo-google-fonts\/inter\/.+\.ttf$/);
	});

	it('draws text with the bundled font whatever family the SVG names first', () => {
		const text = (family: string) =>
			renderPng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-family="${family}" font-size="20">Taraz · “life” – 5</text></svg>`,
				{ scale: 1 }
			);
		const inter = text('Inter');
		expect(inter.length).toBeGreaterThan(400);
		expect(text('system-ui, sans-serif').equals(inter)).toBe(true);
		// Fonts common on Linux, macOS and Windows: never used, even where they are installed.
		for (const family of ['DejaVu Sans', 'Liberation Sans', 'Arial', 'Helvetica'])
			expect(text(`${family}, sans-serif`).equals(inter), family).toBe(true);
		// A blank picture of the same size, to show the text above was drawn at all.
		expect(
			renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"/>', { scale: 1 })
				.length
		).toBeLessThan(inter.length);
	});
});

describe.each(charts(EN).map((spec) => ({ id: spec.id, spec })))(
	'/charts/$id.png',
	({ id, spec }) => {
		it('is a valid PNG twice the size of /charts/<id>.svg', async () => {
			const { type, bytes } = await body(chartPng as never, { id });
			expect(type).toBe('image/png');
			const svg = svgSize(exportSvg(spec, EN));
			expect(svg.width).toBeGreaterThan(0);
			expect(pngSize(bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
		});
	}
);

describe.each(cardNames(EN))('/cards/%s.png', (name) => {
	it('is a valid 1200×630 PNG', async () => {
		const { type, bytes } = await body(cardPng as never, { name });
		expect(type).toBe('image/png');
		expect(pngSize(bytes)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
	});
});
