// Holds one page's measurements against its budget and says, in words, what it breaks.
import { budgetFor, describeRule, EDITION_LCP, EVERY_PAGE, VIEW_LCP } from './budgets.js';
import { kb, ms } from './format.js';
import { CATEGORIES } from './types.js';

/**
 * @typedef {import('./types.js').Measured} Measured
 * @typedef {import('./types.js').PageResult} PageResult
 */

/**
 * Every budget the page breaks, as one readable sentence each; [] when it meets them all.
 * @param {Measured} page
 */
export function brokenBudgets(page) {
	const { network, charts, lighthouse } = page;
	const rule = budgetFor(page.path);
	const of = `budget for ${describeRule(rule)}`;
	/** @type {string[]} */
	const failures = [];
	if (network.status !== 200) failures.push(`page answered HTTP ${network.status}`);
	if (network.jsGzip > rule.jsGzip) {
		failures.push(`JS ${kb(network.jsGzip)} KB gzip > ${kb(rule.jsGzip)} KB (${of})`);
	}
	if (network.requests > rule.requests) {
		failures.push(`${network.requests} requests > ${rule.requests} (${of})`);
	}
	if (network.thirdParty > EVERY_PAGE.thirdParty) {
		const urls = [...new Set(network.thirdPartyUrls)].join(', ');
		failures.push(
			`${network.thirdParty} third-party request(s) > ${EVERY_PAGE.thirdParty}: ${urls}`
		);
	}
	if (EVERY_PAGE.chartsWithoutJs && !charts.ok) {
		failures.push(
			`${charts.charts - charts.present} of ${charts.charts} chart(s) missing without JavaScript: ${charts.missing.join('; ')}`
		);
	}
	const mobile = lighthouse.mobile.median;
	const errors = [...new Set(lighthouse.mobile.runs.map((run) => run.error).filter(Boolean))];
	const why = errors.join('; ') || 'no run';
	if (mobile.lcp === null) failures.push(`Lighthouse mobile LCP: no value (${why})`);
	else if (mobile.lcp > rule.mobileLcpMs) {
		failures.push(`mobile LCP ${ms(mobile.lcp)} ms > ${rule.mobileLcpMs} ms (${of})`);
	}
	if (mobile.tbt === null) failures.push(`Lighthouse mobile TBT: no value (${why})`);
	else if (mobile.tbt > rule.mobileTbtMs) {
		failures.push(`mobile TBT ${ms(mobile.tbt)} ms > ${rule.mobileTbtMs} ms (${of})`);
	}
	return failures;
}

/**
 * Lighthouse mobile scores below 100, with the audits that lost points: reported, not budgeted.
 * @param {Measured} page
 */
export function lostPoints(page) {
	const { mobile } = page.lighthouse;
	/** @type {string[]} */
	const notes = [];
	for (const category of CATEGORIES) {
		const score = mobile.median[category];
		if (score === null || score >= 100) continue;
		const audits = [...new Set(mobile.runs.flatMap((run) => run.failedAudits?.[category] ?? []))];
		notes.push(`Lighthouse mobile ${category} ${score} (audits: ${audits.join(', ') || 'none'})`);
	}
	return notes;
}

/**
 * The page with the rule that applies to it, the budgets it breaks and the points it lost.
 * @param {Measured} page
 * @returns {PageResult}
 */
export function judge(page) {
	return {
		...page,
		budget: budgetFor(page.path).pages,
		failures: brokenBudgets(page),
		notes: lostPoints(page)
	};
}

/** @param {number[]} values */
function medianOf(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
}

/**
 * Adds to each view of the comparison a failure when its mobile LCP is more than VIEW_LCP.ofStatic
 * times the static pages' median in the same run; the static pages are the others, embeds aside.
 * @param {PageResult[]} pages
 * @returns {PageResult[]}
 */
export function judgeViewsAgainstStatic(pages) {
	const isView = (/** @type {string} */ path) => path.startsWith('/sentences/');
	// The English pages set the reference; a translated page is held to its own twin instead.
	const translated = (/** @type {string} */ path) => /^\/(ru|kk)\//.test(path);
	const reference = medianOf(
		pages
			.filter((p) => !isView(p.path) && !p.path.startsWith('/embed/') && !translated(p.path))
			.map((p) => p.lighthouse.mobile.median.lcp)
			.filter((lcp) => lcp !== null)
	);
	if (reference === null) return pages;
	const limit = reference * VIEW_LCP.ofStatic;
	return pages.map((page) => {
		const lcp = page.lighthouse.mobile.median.lcp;
		if (!isView(page.path) || lcp === null || lcp <= limit) return page;
		const failure = `mobile LCP ${ms(lcp)} ms > ${ms(limit)} ms (${VIEW_LCP.ofStatic}× the static pages' median, ${ms(reference)} ms)`;
		return { ...page, failures: [...page.failures, failure] };
	});
}

/**
 * Adds to each page of a translated edition a failure when its mobile LCP is more than
 * EDITION_LCP.ofEnglish times its English twin's in the same run (when the twin was measured).
 * @param {PageResult[]} pages
 * @returns {PageResult[]}
 */
export function judgeEditionsAgainstEnglish(pages) {
	const english = new Map(pages.map((p) => [p.path, p.lighthouse.mobile.median.lcp]));
	return pages.map((page) => {
		const match = /^\/(ru|kk)(\/.*)$/.exec(page.path);
		const twin = match ? english.get(match[2] ?? '') : undefined;
		const lcp = page.lighthouse.mobile.median.lcp;
		if (!match || twin === undefined || twin === null || lcp === null) return page;
		const limit = twin * EDITION_LCP.ofEnglish;
		if (lcp <= limit) return page;
		const failure = `mobile LCP ${ms(lcp)} ms > ${ms(limit)} ms (${EDITION_LCP.ofEnglish}× the English page's, ${ms(twin)} ms)`;
		return { ...page, failures: [...page.failures, failure] };
	});
}
