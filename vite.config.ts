// Vite configuration for the site and for the Vitest unit and component tests.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The engine's size as the browser receives it, decompressed: a download served compressed reports progress in
// decompressed bytes against a compressed Content-Length, which is why progress read from the response ran past 100 %.
const engineBytes = statSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')).size;

export default defineConfig({
	plugins: [sveltekit()],
	define: { __DUCKDB_WASM_BYTES__: JSON.stringify(engineBytes) },
	build: { chunkSizeWarningLimit: 600 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
		environment: 'node',
		// CI reads the JSON report to print one "N passed, N failed" line for both test runs.
		reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
