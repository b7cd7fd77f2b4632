/* Runs inside our light embeds (/embed/<chart>/), which carry no framework code: applies the `theme` parameter,
   moves a link with filters to the live embed (/embed/<chart>/live/), and reports the page height to the host
   page, whose embed.js fits the iframe to it. */
(function () {
	'use strict';
	var params = new URLSearchParams(location.search);
	var theme = params.get('theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
	params.delete('theme');
	if (params.toString() !== '' && !/\/live\/$/.test(location.pathname)) {
		location.replace(location.pathname + 'live/' + location.search);
		return;
	}
	// Changing the period inside a light embed moves to the live one, which draws it (and only then loads DuckDB).
	document.addEventListener('change', function (event) {
		var input = event.target;
		if (!input || input.type !== 'radio' || !/-granularity$/.test(input.name)) return;
		var next = new URLSearchParams();
		next.set('per', input.value);
		if (theme) next.set('theme', theme);
		location.assign(location.pathname + 'live/?' + next.toString());
	});
	if (window.parent === window) return;
	function send() {
		var root = document.querySelector('.embed');
		if (root) window.parent.postMessage({ type: 'political-dashboard:embed-height', height: Math.ceil(root.getBoundingClientRect().height) }, '*');
	}
	document.addEventListener('DOMContentLoaded', function () {
		send();
		if ('ResizeObserver' in window) new ResizeObserver(send).observe(document.querySelector('.embed'));
		else window.addEventListener('resize', send);
	});
})();
