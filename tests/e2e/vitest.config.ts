// End-to-end tests: the built site served like a static host, driven by Debian's Chromium.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Without SvelteKit's plugin here, the one alias of svelte.config.js that test helpers reach (through the schema) is given again.
	resolve: { alias: { $data: path.resolve('data') } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// A page's answer is awaited as a reader would wait, not Vitest's default second: two Chromiums share two cores
		// with the server, and a chunk fetched on a click can take longer than that while the other file renders.
		expect: { poll: { timeout: 5_000 } },
		// Two files at a time, each with its own Chromium: much of a page test is waiting (for the network to fall quiet,
		// for a download), which the other file fills.
		fileParallelism: true,
		maxWorkers: 2,
		// The files of a worker share one module graph (Playwright, the data helpers, the manifest's DuckDB): imports took
		// 17 instead of 30 s, the suite 156 instead of 179–189 s and 294 instead of 331–359 processor-seconds.
		isolate: false,
		reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default']
	}
});
