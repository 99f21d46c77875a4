// Benchmarks the prerendered site: build time, page weight, requests, charts without JavaScript
// and Lighthouse scores for every page, checked against the budgets below. See bench/README.md.
import { spawn } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, CHROME_PATH } from '../scripts/chromium.js';
import { serve } from '../scripts/serve.js';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(PROJECT, 'bench', 'results');

/** Sizes are reported and budgeted in KB of 1024 bytes. */
const KB = 1024;
const BUDGETS = {
	jsGzip: 45 * KB,
	totalGzip: 75 * KB,
	requests: 15,
	thirdParty: 0,
	mobileScore: 100,
	mobileLcpMs: 1000
};
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
const FORM_FACTORS = /** @type {const} */ (['mobile', 'desktop']);

const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.js [options])

Options:
  --no-build        skip \`npm run build\` and measure the existing site
  --root DIR        folder to serve and measure (default: build)
  --runs N          Lighthouse runs per page and form factor; medians are reported (default: 3)
  --pages LIST      only these pages, comma separated, e.g. --pages /,/incidents/
  -h, --help        show this help

Exit code: 0 when every page meets every budget, 1 when a budget is broken, 2 on an error.`;

/**
 * @typedef {'js' | 'css' | 'html' | 'other'} Kind
 * @typedef {(typeof CATEGORIES)[number]} Category
 * @typedef {object} Resource
 * @property {string} url
 * @property {number} status HTTP status, 0 when the request failed
 * @property {string} mimeType
 * @property {Kind} kind
 * @property {number} raw decoded body bytes
 * @property {number} gzip body bytes as sent (gzip-encoded when the server compressed it)
 * @property {number} transfer bytes on the wire, headers included (CDP encodedDataLength)
 * @property {string | null} encoding Content-Encoding
 * @property {string} [error] why the request failed
 * @property {string} [ignored] why the request is left out of the counts
 * @typedef {object} NetworkResult
 * @property {number} status HTTP status of the page itself
 * @property {number} jsRaw
 * @property {number} jsGzip
 * @property {number} cssGzip
 * @property {number} htmlGzip
 * @property {number} totalGzip bytes transferred for all requests, headers included
 * @property {number} requests requests to the local server
 * @property {number} thirdParty requests to any other host (aborted)
 * @property {string[]} thirdPartyUrls
 * @property {Resource[]} resources
 * @typedef {object} ChartResult
 * @property {number} status
 * @property {number} charts number of figure.chart elements
 * @property {number} present charts having an svg[role="img"] with a [data-mark]
 * @property {boolean} ok
 * @property {string[]} missing labels of the charts that are not there without JavaScript
 * @typedef {object} LighthouseRun
 * @property {number | null} performance
 * @property {number | null} accessibility
 * @property {number | null} best-practices
 * @property {number | null} seo
 * @property {number | null} lcp
 * @property {number | null} tbt
 * @property {number | null} fcp
 * @property {number | null} cls
 * @property {number | null} speedIndex
 * @property {string} [error]
 * @property {string[]} [warnings]
 * @property {Partial<Record<Category, string[]>>} [failedAudits] weighted audits below a full score
 * @typedef {Omit<LighthouseRun, 'error' | 'warnings' | 'failedAudits'>} LighthouseMedian
 * @typedef {{ runs: LighthouseRun[], median: LighthouseMedian }} LighthouseResult
 * @typedef {object} PageResult
 * @property {string} path
 * @property {string} url
 * @property {NetworkResult} network
 * @property {ChartResult} charts
 * @property {Record<'mobile' | 'desktop', LighthouseResult>} lighthouse
 * @property {string[]} failures
 */

/** A mistake in the command line or the pages asked for: reported without a stack trace. */
class UsageError extends Error {}

/** Cleanup steps, run last-in first-out on exit, error or interrupt. */
/** @type {Array<() => Promise<unknown> | unknown>} */
const cleanups = [];

async function cleanup() {
	while (cleanups.length > 0) {
		const step = cleanups.pop();
		try {
			await step?.();
		} catch (error) {
			console.error('Cleanup failed:', error);
		}
	}
}

/** @param {string} message */
function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** @param {string[]} argv */
function parseOptions(argv) {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			'no-build': { type: 'boolean', default: false },
			root: { type: 'string', default: join(PROJECT, 'build') },
			runs: { type: 'string', default: '3' },
			pages: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) {
		throw new UsageError(`--runs must be a whole number ≥ 1, not ${values.runs}`);
	}
	const pages = values.pages
		?.split(',')
		.map((page) => page.trim())
		.filter(Boolean)
		.map((page) => `/${page}/`.replace(/\/+/g, '/'));
	return {
		help: values.help,
		build: !values['no-build'],
		root: resolve(values.root),
		runs,
		pages
	};
}

/** Runs `npm run build` and resolves to its wall time in milliseconds. */
function build() {
	return new Promise((ok, fail) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'inherit' });
		cleanups.push(() => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		});
		child.on('error', fail);
		child.on('exit', (code, signal) => {
			if (code === 0) ok(performance.now() - started);
			else fail(new Error(`npm run build failed (${signal ?? `exit code ${code}`})`));
		});
	});
}

/**
 * Every index.html under root as a trailing-slash URL path, sorted.
 * @param {string} root
 */
async function findPages(root) {
	if (!(await stat(root).catch(() => null))?.isDirectory()) {
		throw new UsageError(`${root} is not a folder: build the site first or pass --root`);
	}
	const files = await readdir(root, { recursive: true });
	return files
		.filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
		.map((file) => `/${file.slice(0, -'index.html'.length).split(sep).join('/')}`)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * @param {string} url
 * @param {string} origin
 */
function isThirdParty(url, origin) {
	return /^(https?|wss?):/.test(url) && new URL(url).origin !== origin;
}

/**
 * @param {string} mimeType
 * @param {string} url
 * @returns {Kind}
 */
function kindOf(mimeType, url) {
	if (/javascript|ecmascript/.test(mimeType) || /\.m?js(\?|$)/.test(url)) return 'js';
	if (mimeType === 'text/css') return 'css';
	if (mimeType === 'text/html') return 'html';
	return 'other';
}

/**
 * Aborts and records every request to a host other than the local server.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string[]} blocked
 */
async function blockThirdParty(page, origin, blocked) {
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (!isThirdParty(url, origin)) return route.continue();
		blocked.push(url);
		return route.abort('blockedbyclient');
	});
}

/**
 * Loads a page in a fresh context without cache and records every response.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} origin
 * @returns {Promise<NetworkResult>}
 */
async function measureNetwork(browser, url, origin) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		/** @type {string[]} */
		const thirdPartyUrls = [];
		await blockThirdParty(page, origin, thirdPartyUrls);

		const cdp = await context.newCDPSession(page);
		/** @type {Map<string, Resource & { headerBytes: number }>} */
		const pending = new Map();
		/** @type {Resource[]} */
		const resources = [];
		/** @param {string} id */
		const finish = (id) => {
			const entry = pending.get(id);
			if (!entry) return;
			pending.delete(id);
			const { headerBytes, ...resource } = entry;
			// Without a Content-Length: the body on the wire is the transfer minus the headers.
			if (resource.gzip < 0) {
				resource.gzip = resource.encoding
					? Math.max(0, resource.transfer - headerBytes)
					: resource.raw;
			}
			resources.push(resource);
		};
		cdp.on('Network.requestWillBeSent', (event) => {
			if (event.redirectResponse && pending.has(event.requestId)) {
				const entry = /** @type {Resource & { headerBytes: number }} */ (
					pending.get(event.requestId)
				);
				entry.status = event.redirectResponse.status;
				entry.transfer = event.redirectResponse.encodedDataLength;
				entry.headerBytes = entry.transfer;
				finish(event.requestId);
			}
			pending.set(event.requestId, {
				url: event.request.url,
				status: 0,
				mimeType: '',
				kind: 'other',
				raw: 0,
				gzip: -1,
				transfer: 0,
				encoding: null,
				headerBytes: 0
			});
		});
		cdp.on('Network.responseReceived', (event) => {
			const entry = pending.get(event.requestId);
			if (!entry) return;
			const { response } = event;
			/** @param {string} name */
			const header = (name) =>
				Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1];
			entry.url = response.url;
			entry.status = response.status;
			entry.mimeType = response.mimeType;
			entry.kind = kindOf(response.mimeType, response.url);
			entry.encoding = header('content-encoding') ?? null;
			entry.headerBytes = response.encodedDataLength;
			const length = Number(header('content-length'));
			if (Number.isFinite(length) && length >= 0) entry.gzip = length;
		});
		cdp.on('Network.dataReceived', (event) => {
			const entry = pending.get(event.requestId);
			if (entry) entry.raw += event.dataLength;
		});
		cdp.on('Network.loadingFinished', (event) => {
			const entry = pending.get(event.requestId);
			if (!entry) return;
			entry.transfer = event.encodedDataLength;
			finish(event.requestId);
		});
		cdp.on('Network.loadingFailed', (event) => {
			const entry = pending.get(event.requestId);
			if (!entry) return;
			entry.error = event.blockedReason ?? event.errorText;
			finish(event.requestId);
		});
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		for (const id of [...pending.keys()]) finish(id);
		await cdp.detach().catch(() => {});

		for (const resource of resources) {
			// With routing on, Playwright aborts Chromium's own /favicon.ico request (see README).
			if (resource.status === 0 && /\/favicon\.ico$/.test(resource.url)) {
				resource.ignored = 'favicon.ico request aborted by Playwright routing';
			}
		}
		const served = resources.filter(
			(resource) =>
				/^https?:/.test(resource.url) && !isThirdParty(resource.url, origin) && !resource.ignored
		);
		/** @param {Kind} kind @param {'raw' | 'gzip'} field */
		const sum = (kind, field) =>
			served.filter((r) => r.kind === kind).reduce((total, r) => total + r[field], 0);
		return {
			status: response?.status() ?? 0,
			jsRaw: sum('js', 'raw'),
			jsGzip: sum('js', 'gzip'),
			cssGzip: sum('css', 'gzip'),
			htmlGzip: sum('html', 'gzip'),
			totalGzip: served.reduce((total, r) => total + r.transfer, 0),
			requests: served.length,
			thirdParty: thirdPartyUrls.length,
			thirdPartyUrls,
			resources
		};
	} finally {
		await context.close();
	}
}

/**
 * Loads a page with JavaScript disabled and checks every figure.chart holds a drawn SVG.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} origin
 * @returns {Promise<ChartResult>}
 */
async function checkCharts(browser, url, origin) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await blockThirdParty(page, origin, []);
		const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		const figures = await page.locator('figure.chart').evaluateAll((elements) =>
			elements.map((figure, index) => {
				const svgs = [...figure.querySelectorAll('svg[role="img"]')];
				const label =
					figure.querySelector('figcaption')?.textContent?.trim() ||
					figure.getAttribute('aria-label') ||
					figure.querySelector('[aria-label]')?.getAttribute('aria-label') ||
					`chart ${index + 1}`;
				return {
					label: label.replace(/\s+/g, ' ').slice(0, 80),
					ok: svgs.some((svg) => svg.querySelector('[data-mark]') !== null)
				};
			})
		);
		const present = figures.filter((figure) => figure.ok).length;
		return {
			status: response?.status() ?? 0,
			charts: figures.length,
			present,
			ok: present === figures.length,
			missing: figures.filter((figure) => !figure.ok).map((figure) => figure.label)
		};
	} finally {
		await context.close();
	}
}

/**
 * Median of the numbers, ignoring nulls; null when there are none.
 * @param {Array<number | null>} values
 */
function median(values) {
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
 * @param {'mobile' | 'desktop'} formFactor
 * @returns {Promise<LighthouseRun>}
 */
async function runLighthouse(url, port, formFactor) {
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
function medianRun(runs) {
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

/** @param {number} bytes */
function kb(bytes) {
	return (bytes / KB).toFixed(1);
}

/** @param {number | null} value */
function ms(value) {
	return value === null ? '–' : String(Math.round(value));
}

/** @param {LighthouseMedian} median */
function scores(median) {
	return CATEGORIES.map((category) => {
		const score = median[category];
		return score === null ? '–' : String(Math.round(score));
	}).join('/');
}

/**
 * The budgets a page breaks, as readable sentences.
 * @param {Omit<PageResult, 'failures'>} page
 */
function checkBudgets(page) {
	const { network, charts, lighthouse } = page;
	/** @type {string[]} */
	const failures = [];
	if (network.status !== 200) failures.push(`page answered HTTP ${network.status}`);
	if (network.jsGzip > BUDGETS.jsGzip) {
		failures.push(`JS ${kb(network.jsGzip)} KB gzip > ${kb(BUDGETS.jsGzip)} KB`);
	}
	if (network.totalGzip > BUDGETS.totalGzip) {
		failures.push(`total ${kb(network.totalGzip)} KB gzip > ${kb(BUDGETS.totalGzip)} KB`);
	}
	if (network.requests > BUDGETS.requests) {
		failures.push(`${network.requests} requests > ${BUDGETS.requests}`);
	}
	if (network.thirdParty > BUDGETS.thirdParty) {
		const urls = [...new Set(network.thirdPartyUrls)].join(', ');
		failures.push(`${network.thirdParty} third-party request(s) > ${BUDGETS.thirdParty}: ${urls}`);
	}
	if (!charts.ok) {
		failures.push(
			`${charts.charts - charts.present} of ${charts.charts} chart(s) missing without JavaScript: ${charts.missing.join('; ')}`
		);
	}
	const mobile = lighthouse.mobile.median;
	for (const category of CATEGORIES) {
		const score = mobile[category];
		const errors = [...new Set(lighthouse.mobile.runs.map((run) => run.error).filter(Boolean))];
		const audits = [
			...new Set(lighthouse.mobile.runs.flatMap((run) => run.failedAudits?.[category] ?? []))
		];
		if (score === null) {
			failures.push(`Lighthouse mobile ${category}: no score (${errors.join('; ') || 'no run'})`);
		} else if (score < BUDGETS.mobileScore) {
			failures.push(
				`Lighthouse mobile ${category} ${score} < ${BUDGETS.mobileScore} (audits: ${audits.join(', ')})`
			);
		}
	}
	if (mobile.lcp === null) failures.push('Lighthouse mobile LCP: no value');
	else if (mobile.lcp > BUDGETS.mobileLcpMs) {
		failures.push(`mobile LCP ${ms(mobile.lcp)} ms > ${BUDGETS.mobileLcpMs} ms`);
	}
	return failures;
}

/**
 * @param {PageResult[]} pages
 * @param {number | null} buildMs
 */
function report(pages, buildMs) {
	const header = [
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
	const rows = pages.map(({ path, network, charts, lighthouse, failures }) => [
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
	]);
	const lines = [header, header.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map(
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
	return lines.join('\n');
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	const startedAt = new Date();

	let buildMs = null;
	if (options.build) {
		progress('npm run build');
		buildMs = await build();
		progress(`built in ${(buildMs / 1000).toFixed(1)} s`);
	}

	let paths = await findPages(options.root);
	if (options.pages) {
		const unknown = options.pages.filter((page) => !paths.includes(page));
		if (unknown.length > 0) {
			throw new UsageError(`unknown page(s) ${unknown.join(', ')}; pages are ${paths.join(', ')}`);
		}
		const wanted = new Set(options.pages);
		paths = paths.filter((path) => wanted.has(path));
	}
	if (paths.length === 0) throw new Error(`no index.html found under ${options.root}`);

	const server = await serve({ root: options.root, port: 0, gzip: true });
	cleanups.push(() => server.close());
	const origin = new URL(server.url).origin;
	progress(`serving ${options.root} at ${server.url}/, ${paths.length} page(s)`);

	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: CHROME_FLAGS,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false
	});
	cleanups.push(() => browser.close());
	const browserVersion = browser.version();
	/** @type {Map<string, { network: NetworkResult, charts: ChartResult }>} */
	const measured = new Map();
	for (const path of paths) {
		const url = server.url + encodeURI(path);
		progress(`network and no-JS charts: ${path}`);
		const network = await measureNetwork(browser, url, origin);
		const charts = await checkCharts(browser, url, origin);
		measured.set(path, { network, charts });
	}
	await browser.close();

	const chrome = await chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: ['--headless', ...CHROME_FLAGS],
		handleSIGINT: false,
		logLevel: 'silent'
	});
	cleanups.push(() => chrome.kill());
	/** @type {PageResult[]} */
	const pages = [];
	for (const path of paths) {
		const url = server.url + encodeURI(path);
		/** @type {Record<'mobile' | 'desktop', LighthouseRun[]>} */
		const runs = { mobile: [], desktop: [] };
		for (let i = 1; i <= options.runs; i++) {
			for (const formFactor of FORM_FACTORS) {
				progress(`lighthouse ${path} ${formFactor} run ${i}/${options.runs}`);
				const run = await runLighthouse(url, chrome.port, formFactor);
				if (run.error) progress(`  error: ${run.error}`);
				runs[formFactor].push(run);
			}
		}
		const { network, charts } = /** @type {{ network: NetworkResult, charts: ChartResult }} */ (
			measured.get(path)
		);
		const page = {
			path,
			url,
			network,
			charts,
			lighthouse: {
				mobile: { runs: runs.mobile, median: medianRun(runs.mobile) },
				desktop: { runs: runs.desktop, median: medianRun(runs.desktop) }
			}
		};
		pages.push({ ...page, failures: checkBudgets(page) });
	}
	await cleanup();

	const table = report(pages, buildMs);
	console.log(`\n${table}\n`);

	const failed = pages.filter((page) => page.failures.length > 0).length;
	const results = {
		startedAt: startedAt.toISOString(),
		finishedAt: new Date().toISOString(),
		root: options.root,
		options: { build: options.build, runs: options.runs, pages: options.pages ?? null },
		environment: {
			node: process.version,
			chromium: browserVersion,
			lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version
		},
		units: { bytes: 'KB = 1024 bytes in the table; all sizes in this file are bytes', time: 'ms' },
		budgets: BUDGETS,
		buildMs,
		pass: failed === 0,
		failedPages: failed,
		pages
	};
	await mkdir(RESULTS, { recursive: true });
	const json = `${JSON.stringify(results, null, '\t')}\n`;
	const file = join(RESULTS, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
	await writeFile(file, json);
	await writeFile(join(RESULTS, 'latest.json'), json);
	progress(`results written to ${file} and bench/results/latest.json`);
	return failed === 0 ? 0 : 1;
}

/** @param {number} code */
function exit(code) {
	process.exitCode = code;
	// Lighthouse or Chrome can leave handles open; do not hang once everything is closed.
	setTimeout(() => process.exit(code), 2000).unref();
}

let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.once(signal, () => {
		interrupted = true;
		progress(`${signal}: closing the server and browsers`);
		cleanup().finally(() => process.exit(130));
	});
}

main().then(
	async (code) => {
		await cleanup();
		exit(code);
	},
	async (error) => {
		if (interrupted) return;
		if (error instanceof UsageError) {
			console.error(`bench: ${error.message}`);
		} else if (/^ERR_PARSE_ARGS/.test(String(error?.code))) {
			console.error(`bench: ${error.message}\n\n${USAGE}`);
		} else {
			console.error('\nbench failed:', error);
		}
		await cleanup();
		exit(2);
	}
);
