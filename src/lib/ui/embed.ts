/** Embed code for a chart's embed page; browser-safe, so a page can make it for the view it shows. */

/**
 * An iframe height that shows the whole embed page at about 600 px wide: the chart scaled from
 * its viewBox, plus title, takeaway, notes and source at a generous line count each.
 */
export function embedHeight(chart: { width: number; height: number }, notes: number): number {
	const scale = (600 - 32) / chart.width;
	const words = 80 + 80 + notes * 56 + 70 + 60;
	return Math.ceil((chart.height * scale + words) / 10) * 10;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An iframe of the embed page at `url` (absolute), lazy-loaded, full width. */
export function embedCode(url: string, title: string, height: number): string {
	return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
