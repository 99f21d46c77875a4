// The budgets every page is held to, as data: the first rule whose page pattern matches applies.
import { KB } from './types.js';

/**
 * @typedef {object} Limits
 * @property {number} jsGzip JavaScript as sent, gzip-compressed, in bytes
 * @property {number} requests requests to the site, the page itself included
 * @property {number} mobileLcpMs median Lighthouse mobile Largest Contentful Paint
 * @property {number} mobileTbtMs median Lighthouse mobile Total Blocking Time
 * @typedef {{ pages: string } & Limits} Rule
 */

/**
 * Page pattern → limits. A pattern is a page path in which `*` stands for any characters.
 * @type {readonly Rule[]}
 */
export const BUDGETS = [
	{ pages: '*', jsGzip: 5 * KB, requests: 3, mobileLcpMs: 800, mobileTbtMs: 50 }
];

/** An old comparison link (?cases=…) shows its view's page within this time, CPU slowed, median of the runs. */
export const SHARED_VIEW = { ms: 1500, cpuSlowdown: 4 };

/** A click on a comparison control paints the next view within this time, desktop CPU, median of the runs. */
export const CLICK_TO_VIEW = { ms: 100 };

/**
 * The comparison's views are held to the static pages too: their median mobile LCP at most this
 * factor of the median of the other pages' (embeds aside) in the same run.
 */
export const VIEW_LCP = { pages: '/sentences/*', ofStatic: 1.1 };

/**
 * A page of the Russian or Kazakh edition is held to its English twin: its median mobile LCP at
 * most this factor of the English page's in the same run.
 */
export const EDITION_LCP = { ofEnglish: 1.1 };

/** Held by every page, whatever its rule. */
export const EVERY_PAGE = {
	/** Requests to any host but the site's. */
	thirdParty: 0,
	/** Every figure.chart draws its SVG in the prerendered HTML. */
	chartsWithoutJs: true
};

/** @param {string} pattern */
function matcher(pattern) {
	const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${escaped.join('.*')}$`);
}

/**
 * The rule that applies to a page path.
 * @param {string} path
 * @returns {Rule}
 */
export function budgetFor(path) {
	const rule = BUDGETS.find(({ pages }) => matcher(pages).test(path));
	if (!rule) throw new Error(`no budget matches ${path}: add a "*" rule to bench/lib/budgets.js`);
	return rule;
}

/**
 * The pages a rule covers, in words: its pattern, or for "*" every page the rules before it leave.
 * @param {Rule} rule
 */
export function describeRule(rule) {
	if (rule.pages !== '*') return rule.pages;
	const others = BUDGETS.filter((other) => other !== rule).map((other) => other.pages);
	return others.length === 0 ? 'every page' : `every page but ${others.join(', ')}`;
}
