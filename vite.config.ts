// Vite configuration for the site and for the Vitest unit and component tests.
import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// A build from another data directory (DATA_DIR: the test builds of hostile, imported and edge data) takes that
// directory's datapackage.json too: its sources, licences and demo flags are what the pages credit.
const dataDir = process.env.DATA_DIR;
const packageAlias = dataDir ? [{ find: /^(\.\.\/)+data\/datapackage\.json$/, replacement: path.resolve(dataDir, 'datapackage.json') }] : [];

export default defineConfig({
	plugins: [sveltekit()],
	resolve: { alias: packageAlias },
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
