// Lighthouse runs against one Chrome, and the medians of their scores and timings.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CATEGORIES } from './types.js';

/**
 * @typedef {import('./types.js').Category} Category
 * @typedef {import('./types.js').FormFactor} FormFactor
 * @typedef {import('./types.js').LighthouseRun} LighthouseRun
 * @typedef {import('./types.js').LighthouseMedian} LighthouseMedian
 */

/**
 * Median of the numbers, ignoring nulls; null when there are none.
 * @param {Array<number | null>} values
 */
export function median(values) {
	/** @type {number[]} */
	const sorted = [];
	for (const value of values) if (value !== null && Number.isFinite(value)) sorted.push(value);
	sorted.sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? 0;
	return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/**
 * One Lighthouse run against the already running Chrome.
 * @param {string} url
 * @param {number} port
 * @param {FormFactor} formFactor
 * @returns {Promise<LighthouseRun>}
 */
export async function runLighthouse(url, port, formFactor) {
	/** @type {LighthouseRun} */
	const run = {
		performance: null,
		accessibility: null,
		'best-practices': null,
		seo: null,
		lcp: null,
		tbt: null,
		fcp: null,
		cls: null,
		speedIndex: null
	};
	try {
		const result = await lighthouse(
			url,
			{
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
				disableFullPageScreenshot: true
			},
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		for (const category of CATEGORIES) {
			const score = lhr.categories[category]?.score;
			run[category] = typeof score === 'number' ? Math.round(score * 100) : null;
		}
		/** @param {string} id */
		const metric = (id) => {
			const value = lhr.audits[id]?.numericValue;
			return typeof value === 'number' ? value : null;
		};
		run.lcp = metric('largest-contentful-paint');
		run.tbt = metric('total-blocking-time');
		run.fcp = metric('first-contentful-paint');
		run.cls = metric('cumulative-layout-shift');
		run.speedIndex = metric('speed-index');
		/** @type {Partial<Record<Category, string[]>>} */
		const failedAudits = {};
		for (const category of CATEGORIES) {
			const failed = (lhr.categories[category]?.auditRefs ?? []).filter((ref) => {
				const score = lhr.audits[ref.id]?.score;
				return ref.weight > 0 && typeof score === 'number' && score < 1;
			});
			if (failed.length > 0) failedAudits[category] = failed.map((ref) => ref.id);
		}
		if (Object.keys(failedAudits).length > 0) run.failedAudits = failedAudits;
		if (lhr.runtimeError) run.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
		if (lhr.runWarnings.length > 0) run.warnings = lhr.runWarnings.map(String);
	} catch (error) {
		run.error = error instanceof Error ? error.message : String(error);
	}
	return run;
}

/**
 * @param {LighthouseRun[]} runs
 * @returns {LighthouseMedian}
 */
export function medianRun(runs) {
	/** @param {keyof LighthouseMedian} key */
	const of = (key) => median(runs.map((run) => run[key]));
	return {
		performance: of('performance'),
		accessibility: of('accessibility'),
		'best-practices': of('best-practices'),
		seo: of('seo'),
		lcp: of('lcp'),
		tbt: of('tbt'),
		fcp: of('fcp'),
		cls: of('cls'),
		speedIndex: of('speedIndex')
	};
}
