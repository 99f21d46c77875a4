import type { ChartSpec } from '../charts/registry.ts';
import type { ShareTags } from '../share.ts';
import type { Card } from './cards.ts';
import { chart, charts } from './charts.ts';
import { loadPackage } from './data.ts';
import { cardSvg, chartAddress } from './export-svg.ts';
import { headlines } from './headlines.ts';
import { comparisonPages, comparisonView } from './sentences.ts';
import { absoluteUrl } from './site.ts';
import type { Lang } from '../i18n/index.ts';
import type { ViewPage } from '../sentences/pages.ts';
import { describeComparison } from '../sentences/compare.ts';

/** The longest summary a card shows whole beside its title. */
const CARD_SUMMARY_CHARS = 140;

export interface SitePage {
	/** Site path, as the site links it. */
	path: string;
	/** Name of the page's share card, /cards/<slug>.png, and of its words in the share catalogue. */
	slug: string;
	/** The chart the page's card shows; without one, the card shows the headline figures. */
	chart?: string;
}

/** Every page of the site; what each says about itself is in the share catalogue, by slug. */
export const SITE_PAGES: readonly SitePage[] = [
	{ path: '/', slug: 'overview' },
	{ path: '/incidents/', slug: 'incidents', chart: 'deaths-per-incident' },
	{ path: '/sentences/', slug: 'sentences', chart: 'sentence-ranges' },
	{ path: '/websites/', slug: 'websites', chart: 'websites' },
	{ path: '/timeline/', slug: 'timeline', chart: 'events-by-theme' },
	{ path: '/places/', slug: 'places', chart: 'places-map' },
	{ path: '/data/', slug: 'data' },
	{ path: '/about/', slug: 'about' }
];

/** What a page says about itself in an edition; a page without words in the catalogue fails the build. */
export function pageWords(
	page: SitePage,
	lang: Lang
): { title: string; description: string; cardSummary?: string } {
	const words = lang.m.share.pages[page.slug];
	if (!words) throw new Error(`No share words for the page "${page.slug}" in ${lang.locale}`);
	return words;
}

/** The page at a site path, or undefined for a path with no share card (the not-found page). */
export function sitePage(path: string): SitePage | undefined {
	return SITE_PAGES.find((p) => p.path === path);
}

/** The comparison's views other than the default, each a page with its own card. */
const viewPagesOnly = () => comparisonPages().filter((p) => p.param !== '');

/** Names of every share card: one per page and view of the comparison, one per chart. */
export function cardNames(lang: Lang): string[] {
	return [
		...SITE_PAGES.map((p) => p.slug),
		...viewPagesOnly().map((p) => p.name),
		...charts(lang).map((c) => `chart-${c.id}`)
	];
}

/** What a view of the comparison says of itself: its title names its cases and their order. */
function viewWords(page: ViewPage, lang: Lang) {
	const { fileId, text, title, shown } = comparisonView(page, lang);
	// The card has room for a sentence or two: the first of the comparison in words, where the figure's takeaway is longer.
	const first = describeComparison(shown, lang)[0] ?? text.takeaway;
	const summary = text.takeaway.length <= CARD_SUMMARY_CHARS ? text.takeaway : first;
	return {
		fileId,
		title,
		description: text.takeaway,
		summary
	};
}

function viewCard(page: ViewPage, lang: Lang): Card {
	const { fileId, title, summary } = viewWords(page, lang);
	return {
		siteName: lang.m.site.name,
		title,
		summary,
		art: { chart: chart(fileId, lang) },
		address: absoluteUrl(lang.path(page.path))
	};
}

/** The tags of a view of the comparison: its own title, description, address and card. */
export function viewShare(page: ViewPage, lang: Lang): ShareTags {
	const { title, description } = viewWords(page, lang);
	return {
		documentTitle: lang.m.share.documentTitle(title, lang.m.site.shortName),
		title,
		description,
		url: absoluteUrl(lang.path(page.path)),
		image: absoluteUrl(lang.path(`/cards/${page.name}.png`)),
		imageAlt: lang.m.share.imageAlt.view(title),
		siteName: lang.m.site.name
	};
}

function pageCard(page: SitePage, lang: Lang): Card {
	const shown = page.chart ? chart(page.chart, lang) : undefined;
	const words = pageWords(page, lang);
	return {
		siteName: lang.m.site.name,
		title: page.path === '/' ? lang.m.share.homeCardTitle : words.title,
		summary: shown ? shown.takeaway : (words.cardSummary ?? words.description),
		art: shown
			? { chart: shown }
			: {
					figures: headlines(loadPackage().data, lang).flatMap((h) =>
						h.figures.map(({ value, label }) => ({ value, label }))
					)
				},
		address: absoluteUrl(lang.path(page.path))
	};
}

function chartCard(spec: ChartSpec, lang: Lang): Card {
	return {
		siteName: lang.m.site.name,
		title: spec.title,
		summary: spec.takeaway,
		art: { chart: spec },
		address: chartAddress(spec, lang)
	};
}

/** A share card by name: a page's slug, or "chart-" and a chart's id. */
export function shareCard(name: string, lang: Lang): Card {
	const page = SITE_PAGES.find((p) => p.slug === name);
	if (page) return pageCard(page, lang);
	const view = viewPagesOnly().find((p) => p.name === name);
	if (view) return viewCard(view, lang);
	const spec = name.startsWith('chart-') ? chart(name.slice('chart-'.length), lang) : undefined;
	if (!spec) throw new Error(`No share card named "${name}"`);
	return chartCard(spec, lang);
}

/** The SVG of a share card by name. */
export function shareCardSvg(name: string, lang: Lang): string {
	return cardSvg(shareCard(name, lang), lang);
}

/** The tags of a page of the site. */
export function pageShare(page: SitePage, lang: Lang): ShareTags {
	const { title, description } = pageWords(page, lang);
	return {
		documentTitle:
			page.path === '/' ? title : lang.m.share.documentTitle(title, lang.m.site.shortName),
		title,
		description,
		url: absoluteUrl(lang.path(page.path)),
		image: absoluteUrl(lang.path(`/cards/${page.slug}.png`)),
		imageAlt: lang.m.share.imageAlt.page(title),
		siteName: lang.m.site.name
	};
}

/** The chart whose card a chart or a view of one shares: a view shares its chart's card. */
function cardChart(spec: ChartSpec, lang: Lang): ChartSpec {
	return (
		charts(lang).find((c) => c.id === spec.id) ??
		charts(lang).find((c) => c.kind === spec.kind) ??
		spec
	);
}

/** The tags of a chart's embeddable page: the canonical address is the chart on its page. */
export function chartShare(spec: ChartSpec, lang: Lang): ShareTags {
	return {
		documentTitle: lang.m.share.documentTitle(spec.title, lang.m.site.shortName),
		title: spec.title,
		description: spec.takeaway,
		url: chartAddress(spec, lang),
		image: absoluteUrl(lang.path(`/cards/chart-${cardChart(spec, lang).id}.png`)),
		imageAlt: lang.m.share.imageAlt.chart(spec.title),
		siteName: lang.m.site.name
	};
}
