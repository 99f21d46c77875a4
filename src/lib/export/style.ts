import chartCss from '../charts/charts.css?raw';
import { FRAME_TYPE } from './frame.ts';

/** The bundled font first (the PNGs are drawn with it), then what a viewer of the SVG file has. */
export const EXPORT_FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const DECLARATION = /\s*(--[\w-]+)\s*:\s*([^;{}]+);/g;

/** The custom properties a stylesheet declares, by name ("--chart-ink" → "#1b1b1b"). */
export function customProperties(css: string): Map<string, string> {
	return new Map([...css.matchAll(DECLARATION)].map(([, name, value]) => [name!, value!.trim()]));
}

/**
 * A stylesheet with every `var(--name)` replaced by the value its custom property declares, and the
 * declarations dropped: SVG renderers such as resvg do not apply custom properties.
 */
export function resolveCustomProperties(css: string): string {
	const values = customProperties(css);
	return css.replace(DECLARATION, '').replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
		const value = values.get(name);
		if (value === undefined) throw new Error(`charts.css uses ${name}, which it never declares`);
		return value;
	});
}

/** A stylesheet's dark theme: its `prefers-color-scheme: dark` block, the rules inside captured. */
export const DARK_THEME = /@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\}\s*\}/;

/** The chart styles of the light theme: an exported file has a white background whatever the viewer's theme. */
const LIGHT_CSS = chartCss.replace(DARK_THEME, '');

/** The light theme's colours, by custom property name. */
export const LIGHT_COLOURS: ReadonlyMap<string, string> = customProperties(LIGHT_CSS);

/** The chart styles for an exported file: light theme, colours resolved, the bundled font. */
export const EXPORT_CSS = `${resolveCustomProperties(LIGHT_CSS)}
.chart-svg { font-family: ${EXPORT_FONT}; }`;

/** The styles of an exported image: the chart's, then the frame's text at the sizes it is laid out for. */
export const FRAME_CSS = `${EXPORT_CSS}
.export-title { font-size: ${FRAME_TYPE.title.size}px; font-weight: ${FRAME_TYPE.title.weight}; fill: #1b1b1b; }
.export-text { font-size: ${FRAME_TYPE.text.size}px; font-weight: ${FRAME_TYPE.text.weight}; fill: #1b1b1b; }
.export-small { font-size: ${FRAME_TYPE.small.size}px; font-weight: ${FRAME_TYPE.small.weight}; fill: #4a4a4a; }`;
