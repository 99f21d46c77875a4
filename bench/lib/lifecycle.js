// Progress messages, and the cleanup steps run on exit, error or interrupt.

/** Cleanup steps, run last-in first-out. */
/** @type {Array<() => Promise<unknown> | unknown>} */
const cleanups = [];

/**
 * Registers a step to run when the benchmark ends, however it ends.
 * @param {() => Promise<unknown> | unknown} step
 */
export function onExit(step) {
	cleanups.push(step);
}

/** Runs every registered step once, the last registered first; a failing step does not stop the rest. */
export async function cleanup() {
	while (cleanups.length > 0) {
		const step = cleanups.pop();
		try {
			await step?.();
		} catch (error) {
			console.error('Cleanup failed:', error);
		}
	}
}

/**
 * A progress line on stderr, so that stdout keeps only the report.
 * @param {string} message
 */
export function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Sets the exit code, and exits after 2 s if Lighthouse or Chrome left handles open.
 * @param {number} code
 */
export function exit(code) {
	process.exitCode = code;
	setTimeout(() => process.exit(code), 2000).unref();
}
