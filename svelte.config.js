// SvelteKit configuration: a fully prerendered static site (adapter-static), deployable under a base path.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: true, strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: {
			entries: ['*', '/ru/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		version: { name: 'static' },
		// Type-check the Node scripts (data:check, demo generator, server, bench) with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../bench/**/*.ts');
			}
		}
	}
};

export default config;
