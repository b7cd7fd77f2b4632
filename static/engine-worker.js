// Starts DuckDB-WASM's worker (its URL in ?src=) and passes on what it leaves unhandled: when the engine's download
// breaks off, DuckDB-WASM rejects a promise nothing awaits and its start would wait forever. Thrown again here, the
// rejection reaches the page as the worker's error event (src/lib/db/browser.ts), which says so and offers a retry.
self.addEventListener('unhandledrejection', (event) => {
	setTimeout(() => {
		throw event.reason instanceof Error ? event.reason : new Error(String(event.reason));
	});
});
self.importScripts(new URL(location.href).searchParams.get('src'));
