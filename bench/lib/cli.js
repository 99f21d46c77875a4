// The command line: options, their defaults and the help text.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.js [options])

Options:
  --no-build        skip \`npm run build\` and measure the existing site
  --root DIR        folder to serve and measure (default: build)
  --runs N          Lighthouse runs per page and form factor; medians are reported (default: 3)
  --pages LIST      only these pages, comma separated, e.g. --pages /,/incidents/
  -h, --help        show this help

Exit code: 0 when every page meets every budget, 1 when a budget is broken, 2 on an error.`;

/** A mistake in the command line or the pages asked for: reported without a stack trace. */
export class UsageError extends Error {}

/**
 * @typedef {object} Options
 * @property {boolean} help
 * @property {boolean} build run `npm run build` first
 * @property {string} root absolute path of the folder to serve
 * @property {number} runs Lighthouse runs per page and form factor
 * @property {string[] | undefined} pages page paths asked for, with slashes added
 */

/**
 * @param {string[]} argv the arguments after the script name
 * @param {string} project the project folder, where build/ is by default
 * @returns {Options}
 */
export function parseOptions(argv, project) {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			'no-build': { type: 'boolean', default: false },
			root: { type: 'string', default: join(project, 'build') },
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
