import { createHash } from 'node:crypto';
import { build, type Plugin } from 'vite';

/** The enhancement layer's entry module. */
export const ENHANCE_ENTRY = 'src/lib/enhance/index.ts';

const VIRTUAL = 'virtual:crt-enhance';
const RESOLVED = `\0${VIRTUAL}`;

/** The enhancement layer bundled into one minified ES module, and its content-hashed file name. */
export async function bundleEnhance(root: string): Promise<{ file: string; code: string }> {
	const output = await build({
		root,
		configFile: false,
		logLevel: 'warn',
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: { entry: ENHANCE_ENTRY, formats: ['es'], fileName: 'enhance' }
		}
	});
	const results = Array.isArray(output) ? output : [output];
	const chunks = results.flatMap((r) => ('output' in r ? r.output : []));
	const chunk = chunks.find((c) => c.type === 'chunk' && c.isEntry);
	if (!chunk || chunk.type !== 'chunk' || chunks.length !== 1)
		throw new Error(`The enhancement layer must build into one file, not ${chunks.length}`);
	// Eight base64url characters, as Vite names the files it hashes.
	const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
	return { file: `enhance.${hash}.js`, code: chunk.code };
}

/**
 * Provides `virtual:crt-enhance` to the server: the built enhancement file's name and code, which
 * a prerendered route writes into the site. In development the dev server serves the module itself.
 */
export function enhanceScript(): Plugin {
	let dev = false;
	let root = process.cwd();
	let built: Promise<{ file: string; code: string }> | undefined;
	return {
		name: 'crt-enhance-script',
		configResolved(config) {
			dev = config.command === 'serve';
			root = config.root;
		},
		resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
		async load(id) {
			if (id !== RESOLVED) return undefined;
			if (dev)
				return `export const file = null; export const code = ''; export const entry = '/${ENHANCE_ENTRY}';`;
			built ??= bundleEnhance(root);
			const { file, code } = await built;
			return `export const file = ${JSON.stringify(file)}; export const code = ${JSON.stringify(code)}; export const entry = null;`;
		}
	};
}
