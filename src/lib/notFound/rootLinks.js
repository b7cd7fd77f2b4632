/* The one script of 404.html, written into the page and allowed by its hash (svelte.config.js). The page is served at
   whatever address was missing, at any depth, under whatever path the site is served from (a mirror's included), so
   its links cannot be relative, and links from BASE_PATH are right only where the build was meant to be served. This
   asks each folder above the address, nearest first, whether it holds a file only the site's root has, and points
   the links marked data-site-path there. Nearest first, the walk ends at the root and never asks above it. Without
   JavaScript the links stay as built. */
(async () => {
	'use strict';
	// app.html's icons are relative, so at a missing address deeper down they are missing too: the page has its own.
	for (const icon of document.querySelectorAll('link[rel~="icon"]:not([href^="data:"]), link[rel="apple-touch-icon"]')) icon.remove();
	let dir = new URL('./', location.href);
	for (let depth = 0; depth < 32; depth++) {
		try {
			// HEAD: a folder inside the site answers with 404.html, whose bytes are not needed.
			const response = await fetch(new URL('_app/version.json', dir), { method: 'HEAD', credentials: 'omit' });
			if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) {
				if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
				for (const link of document.querySelectorAll('a[data-site-path]')) {
					link.setAttribute('href', new URL(`.${link.getAttribute('data-site-path')}`, dir).pathname);
				}
				return;
			}
		} catch {
			// No answer: go on up.
		}
		if (dir.pathname === '/') return;
		dir = new URL('../', dir);
	}
})();
