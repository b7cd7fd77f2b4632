// Where the browser's DuckDB is in starting up, as reactive state any component can show.

export type DbPhase = 'idle' | 'engine' | 'data' | 'ready' | 'error';

export const dbStatus = $state({
	phase: 'idle' as DbPhase,
	/** Bytes of the engine received so far and in all, both decompressed (the size is known at build time). */
	loaded: 0,
	total: 0,
	message: ''
});
