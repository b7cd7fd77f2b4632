// SvelteKit configuration: a fully prerendered static site (adapter-static), deployable under a base path.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { linkingPrerendered } from './src/lib/build/link.js';

// 404.html's one script, written into the page (src/lib/notFound/rootLinks.js): allowed by its hash, taken here from
// the same file, so the two cannot part.
const notFoundScript = readFileSync(new URL('./src/lib/notFound/rootLinks.js', import.meta.url), 'utf8');
const notFoundHash = `sha256-${createHash('sha256').update(notFoundScript).digest('base64')}`;

/**
 * The site written to `folder` by adapter-static, its prerendered files linked rather than copied (src/lib/build/link.js):
 * this configuration's, and the test sites' and the benchmark's (scripts/build-variant.ts).
 * @param {string} folder
 */
export const siteAdapter = (folder) => linkingPrerendered(adapter({ pages: folder, assets: folder, fallback: undefined, precompress: false, strict: true }));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Compression is the build's last step (scripts/precompress.ts, run by scripts/build-progress.ts), not the
		// adapter's: it also does the data files, and keeps every copy between builds by the digest of what it was made from.
		adapter: siteAdapter('build'),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// The data package the code reads its schema from: data/ of whichever project directory is being built.
		alias: { $data: 'data' },
		// Every page carries a Content-Security-Policy <meta>: nothing but our own origin, inline scripts only by hash
		// (SvelteKit's own, and 404.html's), WebAssembly allowed to compile (DuckDB) without 'unsafe-eval'. Hosts add frame-ancestors and
		// Referrer-Policy as headers (README, "Headers for hosts").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', notFoundHash],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Two at a time: preview cards are rasterised (resvg) while the next page renders; 37 s → 24 s for 980 cards.
			// SvelteKit 2 puts a page's relative paths in module state while rendering it and cleared them only after an
			// await, where the other response's code could read them: pages carried another page's `assets`, now and then
			// a request was refused as outside the base path, and two builds of the same data differed.
			// patches/@sveltejs+kit+2.70.4.patch (applied by patch-package on install) clears them before that await.
			concurrency: 2,
			entries: ['*', '/ru/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Every prerendered route must be reached, but for the cards in a light build (BUILD_LIGHT=1, the test sites),
			// which draws none, and a route with parameters the data gives no instance of (a team's data with no
			// collection yet). That every kind of page the manifest lists is built is checked by the end-to-end sweep.
			handleUnseenRoutes: ({ routes, message }) => {
				const light = process.env.BUILD_LIGHT === '1';
				if (routes.every((route) => (light && route.startsWith('/cards/')) || route.replace('/[[lang=lang]]', '').includes('/['))) return;
				throw new Error(message);
			}
		},
		// The stylesheet (9 KB, 2.5 KB compressed) goes inside each page: on a slow mobile link an external one costs a
		// round trip before anything can paint (bench/README.md: LCP 1.9 s → under 1 s).
		inlineStyleThreshold: Infinity,
		version: { name: 'static' },
		// Type-check the Node scripts (data:check, demo generator, server, bench) with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts');
				tsconfig.exclude.push('../bench/tmp/**');
			}
		}
	}
};

export default config;
