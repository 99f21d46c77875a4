import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadPackageFrom } from './src/lib/server/data.ts';
import { enhanceScript } from './src/lib/server/enhance-build.ts';

/** Validates static/data before anything is built, so a broken file stops the build with its file, row and column. */
function validateData(): Plugin {
	return {
		name: 'crt-validate-data',
		buildStart() {
			try {
				loadPackageFrom(process.cwd());
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

export default defineConfig({
	plugins: [validateData(), enhanceScript(), sveltekit()],
	build: {
		// The timing report of every build is not something a reader of the output can act on.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/lib/**/*.test.ts'],
					environment: 'node',
					// Exported SVGs embed the chart styles (`charts.css?raw`), so tests need the real file.
					css: { include: [/charts\.css/] }
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
