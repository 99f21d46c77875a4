/** What a page says about itself to search engines and social sites; every URL is absolute. */
export interface ShareTags {
	/** The document's <title>. */
	documentTitle: string;
	/** The page's own title, for og:title. */
	title: string;
	description: string;
	/** The page's canonical address. */
	url: string;
	/** The share card: a 1200×630 PNG. */
	image: string;
	imageAlt: string;
	siteName: string;
}
