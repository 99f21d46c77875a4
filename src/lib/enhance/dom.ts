/**
 * Names the enhancement layer and the components share: the classes, ids and data attributes it
 * reads in the prerendered HTML, and the message it posts. Components import them to write the
 * markup; the scripts import them to find it, so the two cannot drift apart.
 */

/** Attributes set by the components and read by the scripts. */
export const ATTR = {
	/** On a copy-the-link button. */
	copyLink: 'data-copy-link',
	/** On a copy-the-embed-code button. */
	copyEmbed: 'data-copy-embed',
	/** On a share button. */
	share: 'data-share',
	/** Set by the tabs script on a tab list it has made work. */
	tabsOn: 'data-tabs',
	/** Set on a table's frame while the table scrolls sideways: which edges have more to show. */
	overflow: 'data-overflow',
	/** On a chart mark whose SVG title holds its values. */
	key: 'data-key',
	mark: 'data-mark',
	/** On an embed page's main element: the id of the chart it shows. */
	embed: 'data-embed',
	/** On a link that leads to another view of the comparison. */
	viewLink: 'data-view-link',
	/** On a mark or control that names a compared case (its fragment id). */
	caseRef: 'data-case',
	/** Set on a case's details while a pointer or focus rests on its row. */
	shown: 'data-shown',
	/** Set on the document by the old-link script while it sends the reader to a view's page. */
	redirect: 'data-redirect'
} as const;

/**
 * The words a script says, read from the status element's attributes, so that a page in another
 * language needs no other script. The value of `linkFailed` is followed by the link itself.
 */
export const SAYS = {
	linkCopied: 'data-says-link-copied',
	linkFailed: 'data-says-link-failed',
	embedCopied: 'data-says-embed-copied',
	embedFailed: 'data-says-embed-failed'
} as const;

export type Saying = keyof typeof SAYS;

/** Class names set by the components and read by the scripts. */
export const CLASS = {
	figureTabs: 'figure-tabs',
	status: 'status',
	permalink: 'permalink-link',
	chartTitle: 'chart-title',
	tableScroll: 'table-scroll',
	chartSvg: 'chart-svg',
	/** The box the values-on-hover script adds to the page. */
	tip: 'mark-tip',
	/** Set on the document before the first paint where the scripts will run. */
	js: 'js'
} as const;

/** Ids of the comparison's parts that move between views as one. */
export const COMPARISON = {
	/** The element a view's page and the next view's page both have, swapped whole. */
	root: 'comparison'
} as const;

/** The fragment id of a compared case's details, e.g. "case-taraz". */
export const caseFragment = (slug: string): string => `case-${slug}`;

/** Events one behaviour sends the others on the page. */
export const EVENTS = {
	/** A figure's tab was chosen: values shown beside a mark no longer point at anything. */
	tabSelected: 'crt-tab-selected',
	/** Another view of the comparison replaced the old one. */
	viewShown: 'crt-view-shown'
} as const;

/** The message an embed page posts to the page that frames it. */
export const EMBED_HEIGHT_MESSAGE = 'crt-embed-height';

export interface EmbedHeightMessage {
	type: typeof EMBED_HEIGHT_MESSAGE;
	id: string;
	height: number;
}
