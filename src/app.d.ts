// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** The page's title and description, for the document head. */
			meta?: import('$lib/ui/PageHead.svelte').PageMeta;
		}
	}
}

export {};
