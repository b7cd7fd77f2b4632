// Vite configuration for the site and for the Vitest unit and component tests.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildProgress } from './scripts/build-progress.js';
import { tokensCss } from './src/lib/design/css.js';

// The engine's size as the browser receives it, decompressed: a download served compressed reports progress in
// decompressed bytes against a compressed Content-Length, which is why progress read from the response ran past 100 %.
const engineBytes = statSync(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')).size;

/** `import 'virtual:tokens.css'`: the design tokens as the stylesheet's custom properties and chart rules (design/css.ts). */
function designTokens(): Plugin {
	const id = 'virtual:tokens.css';
	return {
		name: 'design-tokens',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (resolved) => (resolved === `\0${id}` ? tokensCss() : undefined)
	};
}

// Prerendering (a worker thread of this process) makes garbage fast, and V8 lets a big heap grow severalfold between
// full collections: the pages of 10,000 prisoners took the heap to 1.4 GB to keep 0.5 GB alive. Grown by 20 % at a
// time, that build peaks at 2.7 GB instead of 3.1 GB in the same time; the bundled site prerenders about 10 s slower
// (bench/README.md, "Build time and memory"). The flag is the process's, so it holds in the prerendering worker. A
// small site's heap stays small either way, and there the flag only costs time (the bundled site, 300 people: 98
// processor-seconds of building instead of 81), so it is set for lists of more than about 1,200 people (1 MB).
const LEAN_HEAP = '--heap-growing-percent=20';
const bigSite = (statSync('data/prisoners.csv', { throwIfNoEntry: false })?.size ?? 0) > 1_000_000;

export default defineConfig(({ command }) => {
	if (command === 'build' && bigSite) setFlagsFromString(LEAN_HEAP);
	return {
		plugins: [designTokens(), sveltekit(), buildProgress()],
		define: { __DUCKDB_WASM_BYTES__: JSON.stringify(engineBytes) },
		// A build says what it is doing through buildProgress() (scripts/build-progress.ts): Vite's own lines (a table of
		// every chunk, twice) are left out, warnings and errors are not. `vite build --logLevel info` brings them back.
		// `vite dev` keeps the info level: it is how it says where the site is served.
		logLevel: command === 'build' ? 'warn' : 'info',
		build: {
			chunkSizeWarningLimit: 600,
			// Gzipping every chunk (the 34 MB DuckDB engine among them) only for a table that is no longer printed.
			reportCompressedSize: false,
			// Rolldown's "[PLUGIN_TIMINGS]" notice: SvelteKit prerenders inside a plugin hook, so it fires on every build.
			rolldownOptions: { checks: { bundlerTimings: false } }
		},
		test: {
			include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
			environment: 'node',
			// CI reads the JSON report to print one "N passed, N failed" line for both test runs.
			reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
			// Vitest leaves a core free by default, which on a 2-core machine runs the files one at a time; they spend much
			// of their time starting DuckDB and rendering, so two at a time on two cores is about twice as fast.
			maxWorkers: Math.max(2, availableParallelism()),
			// The files of a worker share one module graph, so each worker imports the code and starts its DuckDB engine
			// once (db/node.ts keeps the engines a test closes) instead of once per file: 156 → 83 s of processor time.
			// Files restore what they change (environment, clock); the suite passes with its files in any order
			// (--sequence.shuffle.files).
			isolate: false,
			testTimeout: 30_000,
			hookTimeout: 60_000
		}
	};
});
