/* Host-page script for our embedded charts: include it once; it fits every one of our iframes (those with the
   data-pd-embed attribute) to the height its chart reports. A message counts only if it comes from our origin
   (the one this script was loaded from) and from the window of one of those iframes (event.source). */
(function () {
	'use strict';
	if (window.__politicalDashboardEmbed) return;
	window.__politicalDashboardEmbed = true;
	var script = document.currentScript;
	var ours = script && script.src ? new URL(script.src, location.href).origin : null;
	window.addEventListener('message', function (event) {
		if (!ours || event.origin !== ours) return;
		var data = event.data;
		if (!data || data.type !== 'political-dashboard:embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frames = document.querySelectorAll('iframe[data-pd-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			frame.style.height = Math.max(120, Math.min(4000, Math.ceil(data.height))) + 'px';
			return;
		}
	});
})();
