// Runs in the <head> of every page of the site before its first paint: it marks the document as
// one whose enhancement script will run, so that CSS lays each figure out as tabs from the first
// frame and nothing moves when the script makes them work. Without JavaScript the mark is never
// set and the sections stay stacked. Its hash is allowed by the Content-Security-Policy in
// svelte.config.js.
export const TABS_FIRST_FRAME_SCRIPT = "document.documentElement.classList.add('js')";
