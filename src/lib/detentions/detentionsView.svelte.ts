// The detentions dataset's view model: the one owner of a page's domain, its view as the URL states it, the links to
// other views, moving between them, and the results drawn, prerendered or queried from the browser's DuckDB. The
// explorer, the home page and every detentions embed render it and derive nothing themselves.
import { untrack } from 'svelte';
import type { DimensionKey } from '../datasets/detentions';
import { isUnfiltered, NO_FILTER, type DetentionFilter } from '../db/detentionFilter';
import { detentionView, type Breakdowns, type PeriodCount } from '../db/queries';
import type { Database } from '../db/types';
import { detentionViewQuery, parseDetentionView, toggleValue, type DetentionDomain, type DetentionUrlView } from '../filters/detentionFilters';
import { UrlState } from '../filters/urlState.svelte';
import type { Granularity } from '../time/days';
import { detentionDomain, type DetentionPageData } from './pageData';

export interface ExplorerResults {
	filter: DetentionFilter;
	granularity: Granularity;
	series: PeriodCount[];
	breakdowns: Breakdowns;
}

export interface DetentionsViewOptions {
	/** False inside an embed: a reader's change of period stays in the frame instead of the host page's history. */
	writesUrl?: boolean;
	/** The query to read instead of the address's (an embed leaves out its `theme`). */
	search?: () => string;
}

export class DetentionsView {
	/** A view is waiting for the database or for its query. */
	pending = $state(false);
	/** Counts the results shown, so a test or benchmark can tell when the charts have been redrawn. */
	version = $state(0);
	#data: () => DetentionPageData;
	#url = new UrlState();
	#search: () => string = () => this.#url.search;
	#writesUrl: boolean;
	#chosen = $state<Granularity | null>(null);
	// Raw state: results are replaced whole; deep proxies over hundreds of rows would only slow drawing.
	#fetched = $state.raw<ExplorerResults | null>(null);
	#latest = 0;
	#latestKey = '';
	readonly domain: DetentionDomain = $derived(detentionDomain(this.data));
	/** The view the URL asks for, with what it could not read. */
	readonly parsed: DetentionUrlView = $derived(parseDetentionView(this.#search(), this.domain));

	/** Made while a component initialises; `data` returns the page's prerendered data, read afresh so it follows the page. */
	constructor(data: () => DetentionPageData, options: DetentionsViewOptions = {}) {
		this.#data = data;
		this.#writesUrl = options.writesUrl ?? true;
		if (options.search) this.#search = options.search;
		$effect(() => {
			const { filter, granularity } = this;
			// Only the view is a dependency: what show() reads and writes (its results, counters) must not re-run this.
			untrack(() => this.#show(filter, granularity).catch(() => {}));
		});
	}

	get data(): DetentionPageData {
		return this.#data();
	}

	get filter(): DetentionFilter {
		return this.parsed.filter;
	}

	get granularity(): Granularity {
		return this.#chosen ?? this.parsed.granularity;
	}

	/** What the charts draw: the prerendered results until a view needs the database. */
	get results(): ExplorerResults {
		return this.#fetched ?? { filter: NO_FILTER, granularity: 'month', series: this.data.monthly, breakdowns: this.data.breakdowns };
	}

	/** The query string of a view ('' for the default one). */
	query(filter: DetentionFilter, granularity: Granularity): string {
		return detentionViewQuery({ filter, granularity }, this.domain);
	}

	/** A link to a view on this page. */
	href(filter: DetentionFilter, granularity = this.granularity): string {
		return this.#url.href(this.query(filter, granularity));
	}

	/** The link a bar or tile carries: this view with its value added to or removed from the filter. */
	toggleHref(key: DimensionKey, value: string): string {
		return this.href(toggleValue(this.filter, key, value));
	}

	/** The query of the view whose results are drawn (the one asked for may still be loading). */
	get shownQuery(): string {
		return this.query(this.results.filter, this.results.granularity);
	}

	/** The current view as a query, for the embed code. */
	get embedQuery(): string {
		return this.query(this.filter, this.granularity);
	}

	/** The parts of the link that could not be used, in words; '' when there are none. */
	get problems(): string {
		return this.parsed.problems.map((p) => `${p.param}=${p.raw} (${p.reason})`).join('; ');
	}

	/** Shows a view: its query starts at once, and the URL records it (an embed keeps a period it switches to). */
	navigate(filter: DetentionFilter, granularity: Granularity): void {
		this.#show(filter, granularity).catch(() => {});
		if (this.#writesUrl) this.#url.go(this.query(filter, granularity));
		else this.#chosen = granularity;
	}

	/** Runs a view's query; the prerendered one needs no database. Views asked for while loading wait, and the last one wins. */
	async #show(filter: DetentionFilter, granularity: Granularity): Promise<void> {
		// A view already asked for (a click starts it; the URL change that follows asks again) runs once.
		const key = JSON.stringify([filter, granularity]);
		if (key === this.#latestKey) return;
		this.#latestKey = key;
		const ticket = ++this.#latest;
		if (isUnfiltered(filter) && granularity === 'month') {
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
