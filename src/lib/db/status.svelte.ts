// Where the browser's data is in loading, as reactive state any component can show: the DuckDB engine starting, or
// a view that failed (the engine or a results file), with the one way to try again.

export type DbPhase = 'idle' | 'engine' | 'data' | 'ready' | 'error';

export const dbStatus = $state({
	phase: 'idle' as DbPhase,
	/** Bytes of the engine received so far and in all, both decompressed (the size is known at build time). */
	loaded: 0,
	total: 0,
	message: '',
	/** Views waiting for the engine. Its progress is shown only while one does: a prefetch downloads quietly. */
	waiting: 0
});

// Not state: nothing draws it.
const retries: (() => void)[] = [];

/** Registers what "try again" re-runs (a view model's last view); returns the unregistering function. */
export function onRetry(retry: () => void): () => void {
	retries.push(retry);
	return () => {
		const at = retries.indexOf(retry);
		if (at >= 0) retries.splice(at, 1);
	};
}

/** Says a view could not be loaded, and why. */
export function showFailure(reason: unknown): void {
	dbStatus.phase = 'error';
	dbStatus.message = reason instanceof Error ? reason.message : String(reason);
}

/** "Try again": every view waiting on a failed load asks once more, without reloading the page. */
export function retryFailed(): void {
	dbStatus.phase = 'idle';
	dbStatus.message = '';
	for (const retry of retries) retry();
}
