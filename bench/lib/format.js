// How numbers are written in the table and in the list of broken budgets.
import { CATEGORIES, KB } from './types.js';

/**
 * Bytes as KB of 1024 bytes, one decimal.
 * @param {number} bytes
 */
export function kb(bytes) {
	return (bytes / KB).toFixed(1);
}

/**
 * Milliseconds, rounded; a dash when there is no value.
 * @param {number | null} value
 */
export function ms(value) {
	return value === null ? '–' : String(Math.round(value));
}

/**
 * The four Lighthouse scores as P/A/BP/SEO.
 * @param {import('./types.js').LighthouseMedian} median
 */
export function scores(median) {
	return CATEGORIES.map((category) => {
		const score = median[category];
		return score === null ? '–' : String(Math.round(score));
	}).join('/');
}
