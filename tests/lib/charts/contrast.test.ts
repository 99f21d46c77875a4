import { readFileSync } from 'node:fs';
import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { customProperties, DARK_THEME, LIGHT_COLOURS } from '../../../src/lib/export/style.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const chartCss = read('../../../src/lib/charts/charts.css');
const appCss = read('../../../src/app.css');

/** A stylesheet's custom properties in the light theme and, overriding them, the dark one. */
function themes(css: string): { light: Map<string, string>; dark: Map<string, string> } {
	const light = customProperties(css.replace(DARK_THEME, ''));
	const dark = new Map([...light, ...customProperties(DARK_THEME.exec(css)?.[1] ?? '')]);
	return { light, dark };
}

/** WCAG 2 relative luminance of a CSS colour. */
function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const [R, G, B] = [r, g, b].map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** A colour drawn at `opacity` over `background`. */
function over(colour: string, opacity: number, background: string): string {
	const c = rgb(colour);
	const p = rgb(background);
	const mix = (a: number, b: number) => a * opacity + b * (1 - opacity);
	return rgb(mix(c.r, p.r), mix(c.g, p.g), mix(c.b, p.b)).formatHex();
}

// The rows a highlighted case leaves dimmed, on the comparison's pages.
const dimmed = Number(
	/\.rows > g:not\(:nth-child\(\d\)\) \{\s*opacity: ([\d.]+);/.exec(appCss)?.[1]
);
const chart = themes(chartCss);
const page = themes(appCss);

// Text is drawn in ink, the quieter muted colour, or the lower-bound colour; marks in the bar
// colour, the explosion colour, the lower-bound colour (dashed extensions, arrow heads) or ink
// (life arrows, brackets).
const TEXT = ['--chart-ink', '--chart-muted', '--chart-minimum'];
const MARKS = ['--chart-bar', '--chart-explosion', '--chart-minimum', '--chart-ink'];
const STATES = [
	{ state: 'as drawn', opacity: 1 },
	{ state: 'dimmed', opacity: dimmed }
];
const SCREENS = [
	{ where: 'light theme', colours: chart.light },
	{ where: 'dark theme', colours: chart.dark },
	// Exported SVGs and PNGs are drawn in the light colours on a white background.
	{ where: 'exports', colours: new Map([...LIGHT_COLOURS, ['--chart-paper', '#ffffff']]) }
];

const cases = (names: string[], minimum: number) =>
	SCREENS.flatMap(({ where, colours }) =>
		STATES.flatMap(({ state, opacity }) =>
			names.map((name) => ({ name, where, state, opacity, colours, minimum }))
		)
	);

describe('chart colours', () => {
	it('dims rows by an opacity between 0 and 1', () => {
		expect(dimmed).toBeGreaterThan(0);
		expect(dimmed).toBeLessThan(1);
	});

	it.each([...cases(TEXT, 4.5), ...cases(MARKS, 3)])(
		'$name has at least $minimum:1 contrast, $state, in the $where',
		({ name, opacity, colours, minimum }) => {
			const paper = colours.get('--chart-paper') ?? '';
			const colour = colours.get(name) ?? '';
			expect(colour, name).not.toBe('');
			const ratio = contrast(over(colour, opacity, paper), paper);
			expect(ratio, `${colour} at ${opacity} on ${paper}`).toBeGreaterThanOrEqual(minimum);
		}
	);

	it.each([
		{ where: 'light theme', chart: chart.light, page: page.light },
		{ where: 'dark theme', chart: chart.dark, page: page.dark }
	])('draws on the page’s own background in the $where', ({ chart, page }) => {
		expect(rgb(chart.get('--chart-paper') ?? '').formatHex()).toBe(
			rgb(page.get('--paper') ?? '').formatHex()
		);
	});

	it('tells a failing pair from a passing one', () => {
		expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
		expect(over('#000000', 0.5, '#ffffff')).toBe('#808080');
	});
});

// On a map, words and marks sit on land, on Kazakhstan's fill, on water or on a participant's fill.
const MAP_GROUNDS = ['--map-land', '--map-focus', '--map-water', '--chart-soft'];

describe('map colours', () => {
	it.each(
		SCREENS.flatMap(({ where, colours }) =>
			MAP_GROUNDS.flatMap((ground) => [
				...TEXT.map((name) => ({ name, ground, where, colours, minimum: 4.5 })),
				{ name: '--chart-bar', ground, where, colours, minimum: 3 }
			])
		)
	)(
		'$name on $ground has at least $minimum:1 contrast in the $where',
		({ name, ground, colours, minimum }) => {
			const background = colours.get(ground) ?? '';
			const colour = colours.get(name) ?? '';
			expect(background, ground).not.toBe('');
			expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(
				minimum
			);
		}
	);

	it.each(SCREENS)('keeps borders quieter than the marks in the $where', ({ colours }) => {
		const land = colours.get('--map-focus') ?? '';
		const line = colours.get('--map-line') ?? '';
		expect(contrast(line, land)).toBeLessThan(contrast(colours.get('--chart-bar') ?? '', land));
	});
});
