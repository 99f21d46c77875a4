/** A tiny, DOM-free reader of server-rendered SVG, enough to count marks and read attributes. */

export interface Element {
	tag: string;
	attrs: Record<string, string>;
}

const TAG = /<([a-zA-Z][\w:-]*)\b((?:[^>"]|"[^"]*")*?)\s*(\/?)>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

/** Svelte's hydration markers carry no content. */
export function stripComments(markup: string): string {
	return markup.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every opening or self-closing tag, in document order. */
export function elements(markup: string, tag?: string): Element[] {
	const out: Element[] = [];
	for (const m of stripComments(markup).matchAll(TAG)) {
		const name = m[1] as string;
		if (tag && name !== tag) continue;
		const attrs: Record<string, string> = {};
		for (const a of (m[2] ?? '').matchAll(ATTR)) attrs[a[1] as string] = a[2] as string;
		out.push({ tag: name, attrs });
	}
	return out;
}

/** Elements with `data-mark` equal to `kind`. */
export function marks(markup: string, kind: string): Element[] {
	return elements(markup).filter((e) => e.attrs['data-mark'] === kind);
}

/** Text content of every `<tag>…</tag>` (default `<text>`), tags inside stripped. */
export function texts(markup: string, tag = 'text'): string[] {
	const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
	return [...stripComments(markup).matchAll(re)].map((m) =>
		(m[1] ?? '').replace(/<[^>]*>/g, '').trim()
	);
}

/** The inner markup of each `<g data-key="…">`, by key; chart groups are never nested. */
export function groups(markup: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of stripComments(markup).matchAll(
		/<g\b[^>]*\bdata-key="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g
	))
		out.set(m[1] as string, m[2] as string);
	return out;
}

/** The `<svg>` elements of the markup. */
export function svgs(markup: string): Element[] {
	return elements(markup, 'svg');
}

/** Tag names opened but never closed, or closed without being opened; [] for balanced markup. */
export function unbalancedTags(markup: string): string[] {
	const stack: string[] = [];
	const problems: string[] = [];
	const body = stripComments(markup).replace(/<\?[\s\S]*?\?>/g, '');
	for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)\b(?:[^>"]|"[^"]*")*?(\/?)>/g)) {
		const [, closing, name, selfClosing] = m as unknown as [string, string, string, string];
		if (selfClosing) continue;
		if (!closing) stack.push(name);
		else if (stack[stack.length - 1] === name) stack.pop();
		else problems.push(`</${name}>`);
	}
	return [...problems, ...stack.map((name) => `<${name}>`)];
}

/** Ids that `aria-labelledby` points at on the element. */
export function labelledBy(element: Element): string[] {
	return (element.attrs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean);
}

/** Every `id` attribute in the markup. */
export function ids(markup: string): string[] {
	return elements(markup)
		.map((e) => e.attrs.id)
		.filter((id): id is string => id !== undefined);
}

/** What every chart's markup must hold: one labelled `<svg role="img">` with a title and a description. */
export function accessibility(markup: string): {
	svgCount: number;
	role: string | undefined;
	title: string;
	desc: string;
	missingIds: string[];
	labelledBy: string[];
	viewBox: number[];
} {
	const all = svgs(markup);
	const svg = all[0];
	const present = new Set(ids(markup));
	const refs = svg ? labelledBy(svg) : [];
	return {
		svgCount: all.length,
		role: svg?.attrs.role,
		title: texts(markup, 'title')[0] ?? '',
		desc: texts(markup, 'desc')[0] ?? '',
		labelledBy: refs,
		missingIds: refs.filter((id) => !present.has(id)),
		viewBox: (svg?.attrs.viewBox ?? '').split(/\s+/).map(Number)
	};
}
