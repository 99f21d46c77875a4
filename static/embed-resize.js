// @ts-check
// Tells the page that frames this chart how tall the chart is, so that the embed code's listener
// can size the frame to it at any width. Without a framing page there is nothing to do.
(() => {
	if (window.parent === window) return;
	const main = document.querySelector('main[data-embed]');
	if (!main) return;
	const id = main.getAttribute('data-embed');
	let last = 0;
	const post = () => {
		const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: 'crt-embed-height', id, height }, '*');
	};
	new ResizeObserver(post).observe(main);
	addEventListener('load', post);
})();
