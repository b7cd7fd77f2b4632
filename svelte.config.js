// SvelteKit configuration: a fully prerendered static site (adapter-static), deployable under a base path.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: true, strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		// The data package the code reads its schema from: data/ of whichever project directory is being built.
		alias: { $data: 'data' },
		// Every page carries a Content-Security-Policy <meta>: nothing but our own origin, inline scripts only by hash,
		// WebAssembly allowed to compile (DuckDB) without 'unsafe-eval'. Hosts add frame-ancestors and
		// Referrer-Policy as headers (README, "Headers for hosts").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
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
			entries: ['*', '/ru/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
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
