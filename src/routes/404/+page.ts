// /404, written as build/404.html: the file static hosts serve, with status 404, for any path that has no page.
export const prerender = true;
// "/404", not "/404/": the build writes 404.html at the root, where GitHub Pages, Netlify and nginx look for it.
export const trailingSlash = 'never';
// No app script: the page is served at whatever path was missing, where the relative URLs of the app's scripts would
// point at nothing. Its one script is inline (src/lib/notFound/rootLinks.js); its stylesheet is inlined like every page's.
export const csr = false;
