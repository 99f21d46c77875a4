/**
 * Reads server-rendered SVG with a strict XML parser (@xmldom/xmldom): enough to count marks, read
 * attributes and text, and tell whether the markup is well formed. A chart fragment is parsed inside
 * a wrapper element; a whole file (starting with `<?xml`) is parsed as it is. Markup that is not
 * well-formed XML makes every reader but `unbalancedTags` throw the parser's message.
 */
import {
	DOMParser,
	XMLSerializer,
	type Document,
	type Element as XmlElement,
	type Node as XmlNode
} from '@xmldom/xmldom';

export interface Element {
	tag: string;
	/** Every attribute by its qualified name, entities decoded. */
	attrs: Record<string, string>;
}

const WRAPPER = 'markup-under-test';
const XLINK = 'http://www.w3.org/1999/xlink';

/** The parsed markup and its top element: the wrapper for a fragment, the root for a file. */
function parse(markup: string, onError?: (message: string) => void): XmlElement {
	const whole = markup.trimStart().startsWith('<?xml');
	const source = whole ? markup : `<${WRAPPER} xmlns:xlink="${XLINK}">${markup}</${WRAPPER}>`;
	const parser = new DOMParser({
		onError: (level, message) => {
			if (level === 'warning') return;
			if (onError) onError(message);
			else throw new Error(`not well-formed XML: ${message}`);
		}
	});
	const doc: Document = parser.parseFromString(source, 'text/xml');
	if (!doc.documentElement) throw new Error('not well-formed XML: no root element');
	return doc.documentElement;
}

/** Elements under `top` in document order, `top` itself included when it is a file's root. */
function descendants(top: XmlElement): XmlElement[] {
	const all = [...top.getElementsByTagName('*')];
	return top.nodeName === WRAPPER ? all : [top, ...all];
}

function toElement(node: XmlElement): Element {
	const attrs: Record<string, string> = {};
	for (const attr of node.attributes) attrs[attr.name] = attr.value;
	return { tag: node.nodeName, attrs };
}

function withoutComments(node: XmlNode): void {
	for (const child of [...node.childNodes]) {
		if (child.nodeType === child.COMMENT_NODE) node.removeChild(child);
		else withoutComments(child);
	}
}

/** The markup of a node's children, serialized again. */
function inner(node: XmlNode): string {
	const serializer = new XMLSerializer();
	return [...node.childNodes].map((child) => serializer.serializeToString(child)).join('');
}

/** The markup without its comments (Svelte's hydration markers carry no content). */
export function stripComments(markup: string): string {
	const top = parse(markup);
	withoutComments(top);
	return top.nodeName === WRAPPER ? inner(top) : new XMLSerializer().serializeToString(top);
}

/** Every element, or every `tag` element, in document order. */
export function elements(markup: string, tag?: string): Element[] {
	return descendants(parse(markup))
		.filter((node) => !tag || node.nodeName === tag)
		.map(toElement);
}

/** Elements with `data-mark` equal to `kind`. */
export function marks(markup: string, kind: string): Element[] {
	return elements(markup).filter((e) => e.attrs['data-mark'] === kind);
}

/** Text content of every `tag` element (default `<text>`), entities decoded, trimmed. */
export function texts(markup: string, tag = 'text'): string[] {
	return withText(markup, tag).map((e) => e.text);
}

/** Every `tag` element (default `<text>`) with its text content, entities decoded, trimmed. */
export function withText(markup: string, tag = 'text'): (Element & { text: string })[] {
	return descendants(parse(markup))
		.filter((node) => node.nodeName === tag)
		.map((node) => ({ ...toElement(node), text: (node.textContent ?? '').trim() }));
}

/** The inner markup of each `<g data-key="…">`, by key, serialized again without comments. */
export function groups(markup: string): Map<string, string> {
	const top = parse(markup);
	withoutComments(top);
	const out = new Map<string, string>();
	for (const node of descendants(top)) {
		const key = node.getAttribute('data-key');
		if (node.nodeName === 'g' && key !== null) out.set(key, inner(node));
	}
	return out;
}

/** The `<svg>` elements of the markup, outermost first. */
export function svgs(markup: string): Element[] {
	return elements(markup, 'svg');
}

/**
 * The XML parser's complaints (a tag opened but never closed, closed without being opened, an
 * attribute twice, an undefined entity…); [] for well-formed markup.
 */
export function unbalancedTags(markup: string): string[] {
	const problems: string[] = [];
	try {
		parse(markup, (message) => problems.push(message));
	} catch (error) {
		const message = (error as Error).message;
		if (!problems.some((problem) => message.includes(problem))) problems.push(message);
	}
	return problems;
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
