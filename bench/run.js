// Benchmarks the prerendered site: build time, page weight, requests, charts without JavaScript
// and Lighthouse scores for every page, checked against the budgets in bench/lib/budgets.js.
// See bench/README.md.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.js';
import { judge, judgeEditionsAgainstEnglish, judgeViewsAgainstStatic } from './lib/check.js';
import { parseOptions, USAGE, UsageError } from './lib/cli.js';
import { cleanup, exit, onExit, progress } from './lib/lifecycle.js';
import { measure } from './lib/measure.js';
import { markdown, writeResults } from './lib/report.js';
import { measureSharedView, slowSharedViews } from './lib/shared-view.js';
import { build, selectPages } from './lib/site.js';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(PROJECT, 'bench', 'results');

/** @returns {Promise<number>} the exit code */
async function main() {
	const options = parseOptions(process.argv.slice(2), PROJECT);
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	const startedAt = new Date();

	let buildMs = null;
	if (options.build) {
		progress('npm run build');
		buildMs = await build(PROJECT);
		progress(`built in ${(buildMs / 1000).toFixed(1)} s`);
	}

	const paths = await selectPages(options.root, options.pages);
	if (paths.length === 0) throw new Error(`no index.html found under ${options.root}`);

	const server = await serve({ root: options.root, port: 0, gzip: true });
	onExit(() => server.close());
	progress(`serving ${options.root} at ${server.url}/, ${paths.length} page(s)`);

	const measured = await measure(server.url, paths, options.runs);
	const sharedViews = paths.includes('/sentences/')
		? await measureSharedView(server.url, options.runs)
		: [];
	await cleanup();
	const pages = judgeEditionsAgainstEnglish(judgeViewsAgainstStatic(measured.pages.map(judge)));
	const slow = slowSharedViews(sharedViews);

	console.log(`\n${markdown(pages, buildMs)}\n`);
	for (const view of sharedViews) {
		console.log(
			`${view.query.startsWith('?') ? `Old link /sentences/${view.query} to its view` : `Comparison, ${view.query} to the next view painted`}: median ${view.median ?? 'never'} ms, budget ${view.budget} ms (runs: ${view.runs.join(', ')})`
		);
	}
	if (slow.length > 0)
		console.log(`\nComparison views over budget:\n${slow.map((s) => `- ${s}`).join('\n')}`);

	const file = await writeResults(
		RESULTS,
		{
			startedAt,
			root: options.root,
			options: { build: options.build, runs: options.runs, pages: options.pages ?? null },
			environment: {
				node: process.version,
				chromium: measured.chromium,
				lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version
			},
			buildMs,
			sharedViews
		},
		pages
	);
	progress(`results written to ${file} and bench/results/latest.json`);
	return pages.every((page) => page.failures.length === 0) && slow.length === 0 ? 0 : 1;
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
