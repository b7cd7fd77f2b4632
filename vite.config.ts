// Vite configuration for the site and for the Vitest unit and component tests.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
