// Runs the detentions page's two queries for a view, in the browser's DuckDB, keeping only the newest answer.
import { detentionView, type Breakdowns, type Granularity, type PeriodCount } from '../db/queries';
import { isUnfiltered, type DetentionFilter } from '../db/detentionFilter';
import type { Database } from '../db/types';

export interface ExplorerResults {
	filter: DetentionFilter;
	granularity: Granularity;
	series: PeriodCount[];
	breakdowns: Breakdowns;
}

export class ExplorerQueries {
	/** A view is waiting for the database or for its queries. */
	pending = $state(false);
	/** Counts the results shown, so a test or benchmark can tell when the charts have been redrawn. */
	version = $state(0);
	#initial: () => ExplorerResults;
	// Raw state: results are replaced whole; deep proxies over hundreds of rows would only slow drawing.
	#fetched = $state.raw<ExplorerResults | null>(null);
	#latest = 0;
	#latestKey = '';

	/** `initial` returns the prerendered results (the page's data), read afresh so it follows the page. */
	constructor(initial: () => ExplorerResults) {
		this.#initial = initial;
	}

	/** What the charts draw: the prerendered results until a view needs the database. */
	get results(): ExplorerResults {
		return this.#fetched ?? this.#initial();
	}

	/** Shows a view; the prerendered one needs no database. Views asked for while loading wait, and the last one wins. */
	async show(filter: DetentionFilter, granularity: Granularity): Promise<void> {
		// A view already asked for (a click starts it; the URL change that follows asks again) runs once.
		const key = JSON.stringify([filter, granularity]);
		if (key === this.#latestKey) return;
		this.#latestKey = key;
		const ticket = ++this.#latest;
		if (isUnfiltered(filter) && granularity === this.#initial().granularity) {
			this.#fetched = null;
			this.pending = false;
			this.version++;
			return;
		}
		this.pending = true;
		try {
			const db = await loadDatabase();
			const started = performance.now();
			const { series, breakdowns } = await detentionView(db, granularity, filter);
			// The benchmark reads this to split a filter change into query time and drawing time.
			performance.measure('explorer-queries', { start: started });
			if (ticket === this.#latest) {
				this.#fetched = { filter, granularity, series, breakdowns };
				this.version++;
			}
		} finally {
			if (ticket === this.#latest) this.pending = false;
		}
	}
}

let database: Promise<Database> | undefined;

/** The browser's DuckDB, its code fetched on first use; later calls get the same promise without a module lookup. */
function loadDatabase(): Promise<Database> {
	database ??= import('../db/browser').then((m) => m.browserDatabase());
	// A failed start may be retried by the next view.
	database.catch(() => (database = undefined));
	return database;
}

/** Starts DuckDB when the browser is idle, so that the first filter click does not wait for the download. */
export function preloadDatabaseWhenIdle(): void {
	const start = () => void loadDatabase().catch(() => {});
	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
	else setTimeout(start, 1500);
}
