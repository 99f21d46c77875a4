// The results as a Markdown table with the broken budgets under it, and as JSON files.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUDGETS, CLICK_TO_VIEW, EVERY_PAGE, SHARED_VIEW } from './budgets.js';
import { kb, ms, scores } from './format.js';

/** @typedef {import('./types.js').PageResult} PageResult */

const HEADER = [
	'Page',
	'JS raw KB',
	'JS gz KB',
	'CSS gz KB',
	'HTML gz KB',
	'Total gz KB',
	'Requests',
	'3rd-party',
	'Charts (no JS)',
	'Mobile P/A/BP/SEO',
	'Mobile LCP ms',
	'Mobile TBT ms',
	'Desktop P/A/BP/SEO',
	'Desktop LCP ms',
	'Desktop TBT ms',
	'Budgets'
];

/**
 * One table row per page.
 * @param {PageResult} page
 */
function row({ path, network, charts, lighthouse, failures }) {
	return [
		`\`${path}\``,
		kb(network.jsRaw),
		kb(network.jsGzip),
		kb(network.cssGzip),
		kb(network.htmlGzip),
		kb(network.totalGzip),
		String(network.requests),
		String(network.thirdParty),
		`${charts.present}/${charts.charts} ${charts.ok ? 'ok' : 'MISSING'}`,
		scores(lighthouse.mobile.median),
		ms(lighthouse.mobile.median.lcp),
		ms(lighthouse.mobile.median.tbt),
		scores(lighthouse.desktop.median),
		ms(lighthouse.desktop.median.lcp),
		ms(lighthouse.desktop.median.tbt),
		failures.length === 0 ? 'pass' : `**FAIL** (${failures.length})`
	];
}

/**
 * The Markdown report: the table, the build time, every broken budget and every lost point.
 * @param {PageResult[]} pages
 * @param {number | null} buildMs
 */
export function markdown(pages, buildMs) {
	const lines = [HEADER, HEADER.map((_, i) => (i === 0 ? '---' : '---:')), ...pages.map(row)].map(
		(cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
	);
	lines.push('');
	lines.push(
		buildMs === null ? 'Build: skipped (--no-build)' : `Build: ${(buildMs / 1000).toFixed(1)} s`
	);
	lines.push('');
	const broken = pages.flatMap(({ path, failures }) => failures.map((f) => `- \`${path}\`: ${f}`));
	if (broken.length === 0) lines.push('All budgets met.');
	else lines.push(`Budgets broken (${broken.length}):`, '', ...broken);
	const notes = pages.flatMap(({ path, notes }) => notes.map((n) => `- \`${path}\`: ${n}`));
	if (notes.length > 0) {
		lines.push('', 'Lighthouse mobile scores below 100 (reported, not budgeted):', '', ...notes);
	}
	return lines.join('\n');
}

/**
 * @typedef {object} RunInfo
 * @property {Date} startedAt
 * @property {string} root
 * @property {{ build: boolean, runs: number, pages: string[] | null }} options
 * @property {{ node: string, chromium: string, lighthouse: string }} environment
 * @property {number | null} buildMs
 * @property {import('./shared-view.js').SharedViewResult[]} sharedViews
 */

/**
 * Writes the full results to <results>/<start time>.json and <results>/latest.json.
 * @param {string} folder
 * @param {RunInfo} run
 * @param {PageResult[]} pages
 * @returns {Promise<string>} the path of the timestamped file
 */
export async function writeResults(folder, run, pages) {
	const failed = pages.filter((page) => page.failures.length > 0).length;
	const results = {
		startedAt: run.startedAt.toISOString(),
		finishedAt: new Date().toISOString(),
		root: run.root,
		options: run.options,
		environment: run.environment,
		units: { bytes: 'KB = 1024 bytes in the table; all sizes in this file are bytes', time: 'ms' },
		budgets: {
			pages: BUDGETS,
			everyPage: EVERY_PAGE,
			sharedView: SHARED_VIEW,
			clickToView: CLICK_TO_VIEW
		},
		buildMs: run.buildMs,
		sharedViews: { budget: SHARED_VIEW, links: run.sharedViews },
		pass: failed === 0,
		failedPages: failed,
		pages
	};
	await mkdir(folder, { recursive: true });
	const json = `${JSON.stringify(results, null, '\t')}\n`;
	const file = join(folder, `${run.startedAt.toISOString().replace(/:/g, '-')}.json`);
	await writeFile(file, json);
	await writeFile(join(folder, 'latest.json'), json);
	return file;
}
