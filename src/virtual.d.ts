// The enhancement script, built by the crt-enhance-script Vite plugin (src/lib/server/enhance-build.ts).
declare module 'virtual:crt-enhance' {
	/** The built file's content-hashed name; null in development. */
	export const file: string | null;
	export const code: string;
	/** In development, the path the dev server serves the entry module at. */
	export const entry: string | null;
}
