/* Host-page script for our embedded charts, served as /embed.js: include it once and it fits each of our iframes to
   the height its chart reports. A message counts only if it comes from our origin (the one this script was loaded
   from) and from the window of an iframe on this page (event.source), so no other frame or page can resize anything;
   the data-pd-embed attribute of our snippet is not needed, so an iframe pasted without it is fitted too. */
(function () {
	'use strict';
	var flag = /** @type {Window & { __politicalDashboardEmbed?: boolean }} */ (window);
	if (flag.__politicalDashboardEmbed) return;
	flag.__politicalDashboardEmbed = true;
	var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
	var ours = script && script.src ? new URL(script.src, location.href).origin : null;
	window.addEventListener('message', function (event) {
		if (!ours || event.origin !== ours) return;
		var data = event.data;
		if (!data || data.type !== '%HEIGHT_MESSAGE%' || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (!frame || frame.contentWindow !== event.source) continue;
			frame.style.height = Math.max(120, Math.min(4000, Math.ceil(data.height))) + 'px';
			return;
		}
	});
	// A frame that loaded before this script did has sent its height already, to no one: each is asked again. A frame
	// not on our origin (yet) is not asked: the browser drops a message whose target origin is not the frame's.
	if (!ours) return;
	var all = document.getElementsByTagName('iframe');
	for (var j = 0; j < all.length; j++) {
		var each = all[j];
		if (each && each.contentWindow) each.contentWindow.postMessage({ type: '%HEIGHT_MESSAGE%' }, ours);
	}
})();
