// Runs the detentions page's two queries for a view, in the browser's DuckDB, keeping only the newest answer.
import { detentionBreakdowns, detentionsOverTime, type Breakdowns, type Granularity, type PeriodCount } from '../db/queries';
import type { DetentionFilter } from '../db/detentionFilter';
import { isUnfiltered } from '../filters/detentionFilters';

export interface ExplorerResults {
	filter: DetentionFilter;
	granularity: Granularity;
	series: PeriodCount[];
	breakdowns: Breakdowns;
}

export class ExplorerQueries {
	/** A view is waiting for the database or for its queries. */
	pending = $state(false);
	#initial: () => ExplorerResults;
	#fetched = $state<ExplorerResults | null>(null);
	#latest = 0;

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
		const ticket = ++this.#latest;
		if (isUnfiltered(filter) && granularity === this.#initial().granularity) {
			this.#fetched = null;
			this.pending = false;
			return;
		}
		this.pending = true;
		try {
			const { browserDatabase } = await import('../db/browser');
			const db = await browserDatabase();
			const [series, breakdowns] = await Promise.all([detentionsOverTime(db, granularity, filter), detentionBreakdowns(db, filter)]);
			if (ticket === this.#latest) this.#fetched = { filter, granularity, series, breakdowns };
		} finally {
			if (ticket === this.#latest) this.pending = false;
		}
	}
}

/** Starts DuckDB when the browser is idle, so that the first filter click does not wait for the download. */
export function preloadDatabaseWhenIdle(): void {
	const start = () => void import('../db/browser').then((m) => m.browserDatabase()).catch(() => {});
	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
	else setTimeout(start, 1500);
}
