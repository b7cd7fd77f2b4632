// Every page is prerendered to static HTML; URLs end with a slash so /ru/ and /ru/detentions/ are folders.
export const prerender = true;
export const trailingSlash = 'always';
