// Shapes of the measurements, shared by the bench modules and written to the results JSON.

/** Lighthouse categories scored and reported, in table order. */
export const CATEGORIES = /** @type {const} */ ([
	'performance',
	'accessibility',
	'best-practices',
	'seo'
]);

/** Lighthouse is run with its mobile (default) and desktop configs. */
export const FORM_FACTORS = /** @type {const} */ (['mobile', 'desktop']);

/** Sizes are reported and budgeted in KB of 1024 bytes. */
export const KB = 1024;

/**
 * @typedef {'js' | 'css' | 'html' | 'other'} Kind
 * @typedef {(typeof CATEGORIES)[number]} Category
 * @typedef {(typeof FORM_FACTORS)[number]} FormFactor
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
 * @typedef {object} Measured
 * @property {string} path
 * @property {string} url
 * @property {NetworkResult} network
 * @property {ChartResult} charts
 * @property {Record<FormFactor, LighthouseResult>} lighthouse
 * @typedef {object} Judged
 * @property {string} budget the page pattern of the budget rule that applies
 * @property {string[]} failures the budgets broken, in words
 * @property {string[]} notes Lighthouse mobile scores below 100 and the audits that lost points
 * @typedef {Measured & Judged} PageResult
 */

export {};
