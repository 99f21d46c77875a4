// Runs in the page's <head> before the first paint of /sentences/: a link that selects a view
// marks the document, so that the prerendered default view is not shown until the selected one
// is. Its hash is allowed by the Content-Security-Policy in svelte.config.js.
export const FIRST_FRAME_SCRIPT =
	"if(/[?&](cases|sort|highlight)=/.test(location.search))document.documentElement.dataset.view='pending'";
