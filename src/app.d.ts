// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module 'virtual:crt-enhance' {
	/** The built file's content-hashed name; null in development. */
	export const file: string | null;
	export const code: string;
	/** In development, the path the dev server serves the entry module at. */
	export const entry: string | null;
}

export {};
