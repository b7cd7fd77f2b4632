/* Runs inside every embed, served as /embed-frame.js: applies the `theme` parameter and reports the page height to
   the host page, whose /embed.js fits the iframe to it. In a light embed (/embed/<chart>/, no framework code), it
   also moves a link with filters, and a change of period, to the live embed (/embed/<chart>/live/), which draws them. */
(function () {
	'use strict';
	var params = new URLSearchParams(location.search);
	var theme = params.get('theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
	params.delete('theme');
	var live = /\/live\/$/.test(location.pathname);
	if (!live && params.toString() !== '') {
		location.replace(location.pathname + 'live/' + location.search);
		return;
	}
	if (!live) {
		document.addEventListener('change', function (event) {
			var input = /** @type {HTMLInputElement | null} */ (event.target);
			if (!input || input.type !== 'radio' || !/-granularity$/.test(input.name)) return;
			var next = new URLSearchParams();
			next.set('per', input.value);
			if (theme) next.set('theme', theme);
			location.assign(location.pathname + 'live/?' + next.toString());
		});
	}
	if (window.parent === window) return;
	function send() {
		var root = document.querySelector('.embed');
		if (root) window.parent.postMessage({ type: '%HEIGHT_MESSAGE%', height: Math.ceil(root.getBoundingClientRect().height) }, '*');
	}
	function watch() {
		var root = document.querySelector('.embed');
		if (!root) return;
		send();
		if (typeof ResizeObserver === 'function') new ResizeObserver(send).observe(root);
		else window.addEventListener('resize', send);
	}
	// The host page's script may arrive after the height was first sent (a frame from the browser's cache, a script
	// that loads late): it then asks, with the same message and no height, and is answered.
	window.addEventListener('message', function (event) {
		if (event.source === window.parent && event.data && event.data.type === '%HEIGHT_MESSAGE%' && !('height' in event.data)) send();
	});
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
	else watch();
})();
