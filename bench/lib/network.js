// What a page downloads: every request followed through the Chrome DevTools Protocol, in a fresh
// context with the cache disabled; requests to other hosts are aborted and counted.

/**
 * @typedef {import('./types.js').Kind} Kind
 * @typedef {import('./types.js').Resource} Resource
 * @typedef {import('./types.js').NetworkResult} NetworkResult
 */

/**
 * Whether a URL goes to a host other than the site's.
 * @param {string} url
 * @param {string} origin
 */
export function isThirdParty(url, origin) {
	return /^(https?|wss?):/.test(url) && new URL(url).origin !== origin;
}

/**
 * What kind of resource a response is, by its type or its file name.
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
export async function blockThirdParty(page, origin, blocked) {
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
export async function measureNetwork(browser, url, origin) {
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
