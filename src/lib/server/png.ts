import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Inter, installed from npm, in the weights and style the chart styles use: no system font is ever used. */
export const FONT_FILES = [
	'400Regular/Inter_400Regular.ttf',
	'400Regular_Italic/Inter_400Regular_Italic.ttf',
	'600SemiBold/Inter_600SemiBold.ttf',
	'700Bold/Inter_700Bold.ttf'
].map((file) => require.resolve(`@expo-google-fonts/inter/${file}`));

const FONT = {
	fontFiles: FONT_FILES,
	loadSystemFonts: false,
	defaultFontFamily: 'Inter',
	sansSerifFamily: 'Inter'
};

/** A PNG of an SVG drawn at `scale` times its own size, or at `width` pixels wide. */
export function renderPng(svg: string, size: { scale: number } | { width: number }): Buffer {
	const resvg = new Resvg(svg, {
		fitTo:
			'scale' in size ? { mode: 'zoom', value: size.scale } : { mode: 'width', value: size.width },
		font: FONT,
		background: '#ffffff'
	});
	return resvg.render().asPng();
}

/** The box, in the SVG's own units, that everything it draws covers, with the text in the bundled font. */
export function drawnBox(svg: string): {
	left: number;
	top: number;
	right: number;
	bottom: number;
} {
	const box = new Resvg(svg, { font: FONT }).getBBox();
	if (!box) return { left: 0, top: 0, right: 0, bottom: 0 };
	return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}
