// The detentions dataset's view model: the one owner of a page's domain, its view as the URL states it, the links to
// other views, moving between them, and the results drawn. Results come from the cheapest place that has them: the
// page's own prerendered data, a prerendered results file (views.ts: everything at each period, each single value by
// month), the cube's compact file counted in plain TypeScript (one or two filter values, any period: cubeSlice.ts),
// or, for what none of these answers (three values or more, a date range), the browser's DuckDB. The explorer, the
// home page and every detentions embed render it and derive nothing themselves.
import { untrack } from 'svelte';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { DIMENSION_KEYS, type DimensionKey } from '../datasets/detentions';
import { isUnfiltered, type DetentionFilter } from '../db/detentionFilter';
import { dbStatus, onRetry, showFailure } from '../db/status.svelte';
import { detentionView, type Breakdowns, type PeriodCount } from '../db/queries';
import type { Database } from '../db/types';
import { countsWithoutEngine, cubeView, filterValueCount, type CubeFile, type CubeOmitted } from './cubeSlice';
import { detentionViewQuery, parseDetentionView, toggleValue, type DetentionDomain, type DetentionUrlView } from '../filters/detentionFilters';
import { UrlState } from '../filters/urlState.svelte';
import { problemsText } from '../filters/urlView';
import type { Granularity } from '../time/days';
import { getI18n } from '../i18n/i18n';
import { localePrefix } from '../i18n/locales';
import { detentionDomain, type DetentionPageData } from './pageData';
import { filterOf, singleViewOf, viewPagePath, viewResultsPath } from './views';

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
	/** The explorer: links lead to the page of their view (/detentions/charge/…/), not to this page with a query. */
	pages?: boolean;
}

export class DetentionsView {
	/** A view is waiting for the database or for its query. */
	pending = $state(false);
	#data: () => DetentionPageData;
	#url = new UrlState();
	#search: () => string = () => this.#url.search;
	#writesUrl: boolean;
	#pages: boolean;
	#prefix = localePrefix(getI18n().locale);
	#chosen = $state<Granularity | null>(null);
	// Raw state: results are replaced whole; deep proxies over hundreds of rows would only slow drawing.
	#fetched = $state.raw<ExplorerResults | null>(null);
	#latest = 0;
	#latestKey = '';
	readonly domain: DetentionDomain = $derived(detentionDomain(this.data));
	/** The view the URL asks for, with what it could not read. */
	readonly parsed: DetentionUrlView = $derived(withPageView(parseDetentionView(this.#search(), this.domain), this.data));

	/** Made while a component initialises; `data` returns the page's prerendered data, read afresh so it follows the page. */
	constructor(data: () => DetentionPageData, options: DetentionsViewOptions = {}) {
		this.#data = data;
		this.#writesUrl = options.writesUrl ?? true;
		this.#pages = options.pages ?? false;
		if (options.search) this.#search = options.search;
		$effect(() => {
			const { filter, granularity } = this;
			// Only the view is a dependency: what show() reads and writes (its results, counters) must not re-run this.
			untrack(() => this.#show(filter, granularity).catch(() => {}));
		});
		// "Try again" after a failed download runs the view asked for once more, without reloading the page.
		$effect(() =>
			onRetry(() => {
				this.#latestKey = '';
				this.#show(this.filter, this.granularity).catch(() => {});
			})
		);
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

	/** What the charts draw: the page's prerendered results until a view is shown, then the last view shown. */
	get results(): ExplorerResults {
		return this.#fetched ?? this.#prerendered;
	}

	get #prerendered(): ExplorerResults {
		return { filter: filterOf(this.data.view), granularity: 'month', series: this.data.monthly, breakdowns: this.data.breakdowns };
	}

	/** The query string of a view ('' for the default one). */
	query(filter: DetentionFilter, granularity: Granularity): string {
		return detentionViewQuery({ filter, granularity }, this.domain);
	}

	/** A link to a view: in the explorer, the page of its single value if it has one; elsewhere this page. */
	href(filter: DetentionFilter, granularity = this.granularity): string {
		if (!this.#pages) return this.#url.href(this.query(filter, granularity));
		const single = singleViewOf(filter);
		// The page's own value is in its path, so the query holds only the rest (a period).
		const rest = single ? { ...filter, [single.key]: [] } : filter;
		return resolve(`${this.#prefix}${viewPagePath(single)}` as '/') + this.query(rest, granularity);
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
		return problemsText(this.parsed.problems);
	}

	/** Shows a view: its query starts at once, and the URL records it (an embed keeps a period it switches to). */
	navigate(filter: DetentionFilter, granularity: Granularity): void {
		const target = this.href(filter, granularity);
		// Another page (a single value's, or the explorer's own from one): load it, with its data, as a link would.
		if (this.#pages && target.split('?')[0] !== page.url.pathname) {
			void goto(target, { noScroll: true, keepFocus: true });
			return;
		}
		this.#show(filter, granularity).catch(() => {});
		if (this.#writesUrl) this.#url.go(this.query(filter, granularity));
		else this.#chosen = granularity;
	}

	/** Gets a view's results from the cheapest source (see the top of this file). Views asked for while one loads
	 * wait, and the last one wins; a failure keeps the charts drawn and says so (DbStatus) until a retry. */
	async #show(filter: DetentionFilter, granularity: Granularity): Promise<void> {
		// A view already asked for (a click starts it; the URL change that follows asks again) runs once.
		const key = viewKey(filter, granularity);
		if (key === this.#latestKey) return;
		this.#latestKey = key;
		const ticket = ++this.#latest;
		if (key === viewKey(this.#prerendered.filter, 'month')) {
			// Held, not read afresh: after a move to another page whose view needs a query, the charts keep this one
			// until that query's results come (or fail), instead of showing the new page's own data meanwhile.
			this.#fetched = this.#prerendered;
			this.pending = false;
			return;
		}
		this.pending = true;
		try {
			const file = prerenderedResults(filter, granularity);
			const started = performance.now();
			const results = file ? await fetchResults(file) : await countInBrowser(filter, granularity);
			// The benchmark reads this to split a filter change into query time and drawing time.
			performance.measure('explorer-queries', { start: started });
			if (ticket === this.#latest) {
				this.#fetched = { filter, granularity, series: results.series, breakdowns: results.breakdowns };
			}
		} catch (e) {
			if (ticket === this.#latest) {
				showFailure(e);
				// Asked again (a retry, the same link), the view runs again.
				this.#latestKey = '';
			}
			throw e;
		} finally {
			if (ticket === this.#latest) this.pending = false;
		}
	}
}

/** One string per view, whatever order its filter's fields were written in. */
function viewKey(filter: DetentionFilter, granularity: Granularity): string {
	return JSON.stringify([filter.from, filter.to, ...DIMENSION_KEYS.map((key) => filter[key]), granularity]);
}

/** The page's own view is in its path (/detentions/charge/…/): it joins whatever the query adds. */
function withPageView(parsed: DetentionUrlView, data: DetentionPageData): DetentionUrlView {
	const view = data.view;
	if (!view || parsed.filter[view.key].includes(view.value)) return parsed;
	return { ...parsed, filter: { ...parsed.filter, [view.key]: [...parsed.filter[view.key], view.value].sort() } };
}

/** The prerendered file holding a view's results, if one does. */
function prerenderedResults(filter: DetentionFilter, granularity: Granularity): string | null {
	if (isUnfiltered(filter)) return viewResultsPath(null, granularity);
	const single = singleViewOf(filter);
	return single ? viewResultsPath(single, granularity) : null;
}

/** A view no prerendered file holds: counted from the cube's file when it can be, else by the browser's DuckDB. */
async function countInBrowser(filter: DetentionFilter, granularity: Granularity): Promise<{ series: PeriodCount[]; breakdowns: Breakdowns }> {
	const cube = countsWithoutEngine(filter) ? await loadCubeFile() : null;
	return cube ? cubeView(cube, granularity, filter) : detentionView(await waitForDatabase(), granularity, filter);
}

let cubeFile: Promise<CubeFile | null> | undefined;

/** The cube's file, fetched once; null when the build left it out as too large (the engine counts instead). */
function loadCubeFile(): Promise<CubeFile | null> {
	cubeFile ??= fetch(resolve('/data/detention-cube.json' as '/')).then(async (response) => {
		if (!response.ok) throw new Error(`/data/detention-cube.json: HTTP ${response.status}`);
		const file = (await response.json()) as CubeFile | CubeOmitted;
		return 'omitted' in file ? null : file;
	});
	// A failed download may be retried by the next view.
	cubeFile.catch(() => (cubeFile = undefined));
	return cubeFile;
}

async function fetchResults(file: string): Promise<{ series: PeriodCount[]; breakdowns: Breakdowns }> {
	const response = await fetch(resolve(file as '/'));
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	return response.json();
}

let database: Promise<Database> | undefined;

/** The browser's DuckDB, its code fetched on first use; later calls get the same promise without a module lookup. */
function loadDatabase(): Promise<Database> {
	database ??= import('../db/browser').then((m) => m.browserDatabase());
	// A failed start may be retried by the next view.
	database.catch(() => (database = undefined));
	return database;
}

/** The database for a view that needs it: while a view waits, the engine's progress is shown (DbStatus). */
async function waitForDatabase(): Promise<Database> {
	dbStatus.waiting++;
	try {
		return await loadDatabase();
	} finally {
		dbStatus.waiting--;
	}
}

/**
 * Fetches ahead, when the reader begins to use the filters, what their next choice may need. The next choice may be
 * a combination: the cube's file (a few KB) counts one of two values, so it comes first, except under Save-Data. The
 * engine (5 MB) only when the view already has two values or a date range, so that the next could go past what the
 * file answers, and only on a connection the browser calls fast ("4g") without Save-Data. Elsewhere each downloads
 * when a view needs it, the engine showing its progress.
 */
export function prefetchOnIntent(filter: DetentionFilter): void {
	const connection = (navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }).connection;
	if (connection?.saveData) return;
	void loadCubeFile().catch(() => {});
	const engineMayBeNext = !!filter.from || !!filter.to || filterValueCount(filter) >= 2;
	if (connection?.effectiveType === '4g' && engineMayBeNext) void loadDatabase().catch(() => {});
}
