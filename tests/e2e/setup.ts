import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.js';

/** One static server for every browser test, on the built site in build/. */
export default async function setup(project: TestProject) {
	const server = await serve({ root: 'build', port: 0, gzip: true });
	project.provide('baseUrl', server.url);
	return () => server.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
