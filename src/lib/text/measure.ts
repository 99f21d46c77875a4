/** Advance widths of text, from the metrics of the fonts themselves; build time and tests only (reads font files). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

const require = createRequire(import.meta.url);

/** The weights the project draws text in. */
export type FontWeight = 400 | 600 | 700;

/**
 * Which fonts a width must hold for: `inter` for what only resvg draws, with the bundled Inter
 * (share cards); `page` for what a browser may draw in its own font (charts, embed pages, SVG files).
 */
export type Measured = 'inter' | 'page';

/** Inter, the font the PNGs are drawn with (src/lib/server/png.ts loads the same files). */
const INTER: Record<FontWeight, string> = {
	400: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
	600: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
	700: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'
};
/** DejaVu Sans has no semibold: a browser draws 600 with the bold face. */
const DEJAVU: Record<FontWeight, string> = {
	400: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
	600: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
	700: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'
};

const fonts = new Map<string, Font>();

function font(file: string): Font {
	let found = fonts.get(file);
	if (!found) {
		const opened = create(readFileSync(require.resolve(file)));
		if (!('layout' in opened)) throw new Error(`${file} is a collection, not one font`);
		found = opened;
		fonts.set(file, found);
	}
	return found;
}

const words = new Map<string, number>();

/** Advance of a word in ems of a font, shaped (kerning, ligatures) as a text renderer shapes it. */
function wordEms(file: string, word: string): number {
	const key = `${file}|${word}`;
	let width = words.get(key);
	if (width === undefined) {
		const f = font(file);
		width = f.layout(word).advanceWidth / f.unitsPerEm;
		words.set(key, width);
	}
	return width;
}

/** Advance of a text in ems: its words shaped one by one, as shaping Inter is slow and words recur. */
function ems(file: string, text: string): number {
	const parts = text.split(' ');
	return parts.reduce((sum, w) => sum + wordEms(file, w), (parts.length - 1) * wordEms(file, ' '));
}

const cache = new Map<string, number>();

/**
 * Advance width in px of one line of text at `size` px. The page's font is the reader's
 * system-ui, so a `page` width is the wider of Inter and DejaVu Sans, the widest sans-serif that
 * system-ui resolves to (Linux's default); Segoe UI, San Francisco, Roboto and Arial are narrower.
 */
export function measure(
	text: string,
	size: number,
	weight: FontWeight = 400,
	fonts: Measured = 'page'
): number {
	if (!text) return 0;
	const key = `${fonts}|${weight}|${text}`;
	let width = cache.get(key);
	if (width === undefined) {
		const inter = ems(INTER[weight], text);
		width = fonts === 'inter' ? inter : Math.max(inter, ems(DEJAVU[weight], text));
		cache.set(key, width);
	}
	return width * size;
}

/** Whether Inter has a glyph of its own for every character of a text (no fallback box). */
export function interCovers(text: string, weight: FontWeight = 400): boolean {
	const f = font(INTER[weight]);
	return [...text].every((c) => /\s/.test(c) || f.hasGlyphForCodePoint(c.codePointAt(0)!));
}
