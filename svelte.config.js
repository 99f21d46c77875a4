import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { OLD_LINK_SCRIPT } from './src/lib/sentences/old-links.js';
import { TABS_FIRST_FRAME_SCRIPT } from './src/lib/ui/first-frame.js';

/** CSP source for an inline script the site writes itself. @param {string} script */
const hashOf = (script) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

// The build script writes into a temporary folder and swaps it in only when the build succeeds.
const out = process.env.CRT_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// Absolute asset paths, so 404.html works at any depth.
		paths: { base: process.env.CRT_BASE_PATH ?? '', relative: false },
		prerender: {
			entries: ['*', '/not-found/', '/ru/', '/ru/not-found/', '/kk/', '/kk/not-found/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', hashOf(OLD_LINK_SCRIPT), hashOf(TABS_FIRST_FRAME_SCRIPT)],
				'style-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		output: { bundleStrategy: 'split' },
		inlineStyleThreshold: Infinity,
		// One name for the whole build: the config is loaded more than once, and a Date.now() default differs between loads.
		version: { name: process.env.CRT_BUILD_ID ?? 'dev' }
	}
};

export default config;
