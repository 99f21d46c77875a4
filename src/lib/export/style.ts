import chartCss from '../charts/charts.css?raw';

/** The bundled font first (the PNGs are drawn with it), then what a viewer of the SVG file has. */
export const EXPORT_FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * A stylesheet with every `var(--name)` replaced by the value its custom property declares, and the
 * declarations dropped: SVG renderers such as resvg do not apply custom properties.
 */
export function resolveCustomProperties(css: string): string {
	const values = new Map<string, string>();
	const plain = css.replace(/\s*(--[\w-]+)\s*:\s*([^;{}]+);/g, (_, name: string, value: string) => {
		values.set(name, value.trim());
		return '';
	});
	return plain.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
		const value = values.get(name);
		if (value === undefined) throw new Error(`charts.css uses ${name}, which it never declares`);
		return value;
	});
}

/** The chart styles for an exported file: light theme, colours resolved, the bundled font. */
export const EXPORT_CSS = `${resolveCustomProperties(
	chartCss.replace(/@media \(prefers-color-scheme: dark\) \{[\s\S]*?\}\s*\}/, '')
)}
.chart-svg { font-family: ${EXPORT_FONT}; }`;
