import type { ChartSpec } from '../charts/registry.ts';
import type { ShareTags } from '../share.ts';
import { cardSvg, type Card } from './cards.ts';
import { chart, charts } from './charts.ts';
import { loadPackage } from './data.ts';
import { chartAddress } from './export-svg.ts';
import { headlines } from './headlines.ts';
import { comparisonPages, comparisonView } from './sentences.ts';
import { absoluteUrl } from './site.ts';
import type { Lang } from '../i18n/index.ts';
import type { ViewPage } from '../sentences/pages.ts';
import { describeComparison } from '../sentences/compare.ts';

/** The longest summary a card shows whole beside its title. */
const CARD_SUMMARY_CHARS = 140;

export const SITE_NAME = 'Kazakhstan 2012: the terrorism report in figures';
const SHORT_NAME = 'Kazakhstan 2012 in figures';

export interface SitePage {
	/** Site path, as the site links it. */
	path: string;
	/** Name of the page's share card, /cards/<slug>.png. */
	slug: string;
	/** The document title; the home page's is the site's own. */
	title: string;
	description: string;
	/** A shorter description for the share card, where the page's is too long for it. */
	cardSummary?: string;
	/** The chart the page's card shows; without one, the card shows the headline figures. */
	chart?: string;
}

/** Every page of the site, with what it says about itself. */
export const SITE_PAGES: readonly SitePage[] = [
	{
		path: '/',
		slug: 'overview',
		title: 'Kazakhstan 2012 in figures: Country Reports on Terrorism',
		description:
			"The figures of the U.S. State Department's Country Reports on Terrorism 2012 chapter on Kazakhstan: deaths, convictions, sentences, websites and events, with sources and downloadable data.",
		cardSummary:
			'Deaths, convictions, sentences, websites and dated events from the chapter on Kazakhstan, with sources and data.'
	},
	{
		path: '/incidents/',
		slug: 'incidents',
		title: 'Incidents: deaths in 2012, by how they died',
		description:
			'Deaths in each violent incident the report describes in Kazakhstan in 2012: killed by security forces, or died in explosions.',
		chart: 'deaths-per-incident'
	},
	{
		path: '/sentences/',
		slug: 'sentences',
		title: 'Prison sentences by court case',
		description:
			'Compare the prison sentences handed down in the court cases the report describes.',
		chart: 'sentence-ranges'
	},
	{
		path: '/websites/',
		slug: 'websites',
		title: 'Websites reviewed and shut down',
		description: 'The two website figures of the report, each with its agency and period.',
		chart: 'websites'
	},
	{
		path: '/timeline/',
		slug: 'timeline',
		title: 'Timeline of 2012',
		description:
			'Every dated development of 2012 in the report, by theme, with the countries of each multinational event.',
		chart: 'events-by-theme'
	},
	{
		path: '/places/',
		slug: 'places',
		title: 'Places: where it happened, and who took part',
		description:
			'The places the report names on a map of Kazakhstan, with what happened at each, and the countries of each multinational development.',
		chart: 'places-map'
	},
	{
		path: '/data/',
		slug: 'data',
		title: 'Data and downloads',
		description:
			'Download every table of the dashboard as CSV or JSON, with a Frictionless data package and a codebook.'
	},
	{
		path: '/about/',
		slug: 'about',
		title: 'About, sources and caveats',
		description:
			'How to cite the report and the dashboard, how the figures were coded, and every caveat in one place.'
	}
];

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
		siteName: SITE_NAME,
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
		documentTitle: `${title} · ${SHORT_NAME}`,
		title,
		description,
		url: absoluteUrl(lang.path(page.path)),
		image: absoluteUrl(lang.path(`/cards/${page.name}.png`)),
		imageAlt: `Share card: ${title}, the chart of these cases with its source and the dashboard's address`,
		siteName: SITE_NAME
	};
}

function pageCard(page: SitePage, lang: Lang): Card {
	const shown = page.chart ? chart(page.chart, lang) : undefined;
	return {
		siteName: SITE_NAME,
		title: page.path === '/' ? 'Country Reports on Terrorism 2012: Kazakhstan' : page.title,
		summary: shown ? shown.takeaway : (page.cardSummary ?? page.description),
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
		siteName: SITE_NAME,
		title: spec.title,
		summary: spec.takeaway,
		art: { chart: spec },
		address: chartAddress(spec, lang)
	};
}

/** The SVG of a share card by name: a page's slug, or "chart-" and a chart's id. */
export function shareCardSvg(name: string, lang: Lang): string {
	const page = SITE_PAGES.find((p) => p.slug === name);
	if (page) return cardSvg(pageCard(page, lang));
	const view = viewPagesOnly().find((p) => p.name === name);
	if (view) return cardSvg(viewCard(view, lang));
	const spec = name.startsWith('chart-') ? chart(name.slice('chart-'.length), lang) : undefined;
	if (!spec) throw new Error(`No share card named "${name}"`);
	return cardSvg(chartCard(spec, lang));
}

/** The tags of a page of the site. */
export function pageShare(page: SitePage, lang: Lang): ShareTags {
	return {
		documentTitle: page.path === '/' ? page.title : `${page.title} · ${SHORT_NAME}`,
		title: page.title,
		description: page.description,
		url: absoluteUrl(lang.path(page.path)),
		image: absoluteUrl(lang.path(`/cards/${page.slug}.png`)),
		imageAlt: `Share card: ${page.title}, with the source and the dashboard's address`,
		siteName: SITE_NAME
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
		documentTitle: `${spec.title} · ${SHORT_NAME}`,
		title: spec.title,
		description: spec.takeaway,
		url: chartAddress(spec, lang),
		image: absoluteUrl(lang.path(`/cards/chart-${cardChart(spec, lang).id}.png`)),
		imageAlt: `Share card: ${spec.title}, the chart with its source and the dashboard's address`,
		siteName: SITE_NAME
	};
}
