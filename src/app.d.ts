// Ambient types for SvelteKit.
declare global {
	/** Bytes of DuckDB-WASM's engine, decompressed (vite.config.ts). */
	const __DUCKDB_WASM_BYTES__: number;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The query of a view recorded by shallow routing (pushState), which leaves page.url as it was. */
			search?: string;
		}
		// interface Platform {}
	}
}

export {};
