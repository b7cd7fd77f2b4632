// The prisoners dataset's view model: the one owner of the page's domain, its view as the URL states it, the links to
// other views, moving between them, the compact list of everyone (fetched once the page is interactive), who
// matches, the page of people shown and the charts. The prisoners page and its embeds render it.
import { hydrated } from '../ui/hydrated.svelte';
import type { ChargeOf, PrisonerKey } from '../datasets/prisoners';
import { UrlState } from '../filters/urlState.svelte';
import { problemsText } from '../filters/urlView';
import type { PrisonerEntry } from './entries';
import { fetchPrisonerIndex } from './index';
import { prisonerCharts, type PrisonerCharts } from './charts';
import { prisonerDomain, type PrisonerPageData } from './pageData';
import { chargeLookup, PAGE_SIZE, parsePrisonerView, prisonerMatcher, prisonerViewQuery, sortPrisoners, togglePrisonerValue, type PrisonerDomain, type PrisonerView } from './prisonerFilters';

export interface PrisonersViewOptions {
	/** The first page of the unfiltered list, prerendered. */
	firstPage?: () => PrisonerEntry[];
	/** The query to read instead of the address's (an embed leaves out its `theme`). */
	search?: () => string;
	/** Fetch the list only when the view needs it (an embed of everyone needs nothing more); the page fetches it at once. */
	lazy?: boolean;
}

export class PrisonersView {
	/** Why the list could not be fetched; '' when it could. */
	loadError = $state('');
	#data: () => PrisonerPageData;
	#options: PrisonersViewOptions;
	#url = new UrlState();
	#search: () => string = () => this.#url.search;
	// Raw state: the list is replaced, never edited, and deep proxies would slow every filter over it.
	#everyone = $state.raw<PrisonerEntry[] | null>(null);
	readonly domain: PrisonerDomain = $derived(prisonerDomain(this.data));
	readonly #parsed = $derived(parsePrisonerView(this.#search(), this.domain));
	readonly #chargeOf: ChargeOf = $derived(chargeLookup(this.data.articles));
	/** Everyone the view matches, in its order; null until the list has come. */
	readonly matching: PrisonerEntry[] | null = $derived(
		this.#everyone ? sortPrisoners(this.#everyone.filter(prisonerMatcher(this.view, this.#chargeOf)), this.view.sort) : null
	);

	/** Made while a component initialises; the list is fetched once it has mounted. */
	constructor(data: () => PrisonerPageData, options: PrisonersViewOptions = {}) {
		this.#data = data;
		this.#options = options;
		if (options.search) this.#search = options.search;
		const script = hydrated();
		let fetching = false;
		$effect(() => {
			if (!script.current || fetching || (options.lazy && this.isDefault)) return;
			fetching = true;
			fetchPrisonerIndex()
				.then((list) => (this.#everyone = list))
				.catch((e: unknown) => (this.loadError = e instanceof Error ? e.message : String(e)));
		});
	}

	get data(): PrisonerPageData {
		return this.#data();
	}

	get view(): PrisonerView {
		return this.#parsed.view;
	}

	/** The parts of the link that could not be used, in words; '' when there are none. */
	get problems(): string {
		return problemsText(this.#parsed.problems);
	}

	get everyone(): PrisonerEntry[] | null {
		return this.#everyone;
	}

	/** True when the view is the prerendered one: no search, no filter, first page. */
	get isDefault(): boolean {
		return prisonerViewQuery({ ...this.view, page: null }, this.domain) === '';
	}

	/** How many people match (everyone, as prerendered, until the list has come). */
	get count(): number {
		return this.matching ? this.matching.length : this.data.charts.total;
	}

	get pages(): number {
		return Math.max(1, Math.ceil(this.count / PAGE_SIZE));
	}

	get page(): number {
		return Math.min(this.view.page ?? 1, this.pages);
	}

	/** The people on the page shown. */
	get people(): PrisonerEntry[] {
		return this.matching ? this.matching.slice((this.page - 1) * PAGE_SIZE, this.page * PAGE_SIZE) : (this.#options.firstPage?.() ?? []);
	}

	/** The charts of the people matching; the prerendered charts of everyone for the default view. */
	get charts(): PrisonerCharts {
		return this.matching && !this.isDefault ? prisonerCharts(this.matching, this.data.asOf) : this.data.charts;
	}

	/** A view that needs the list waits for it. */
	get waiting(): boolean {
		return this.#url.hydrated && this.#everyone === null && (!this.isDefault || this.page > 1);
	}

	href(view: PrisonerView): string {
		return this.#url.href(prisonerViewQuery(view, this.domain));
	}

	/** The link that clears every filter and the search. */
	get resetHref(): string {
		return this.#url.href('');
	}

	/** The link a bar carries: this view with its value added to or removed from a dimension, from the first page. */
	toggleHref(key: PrisonerKey, value: string): string {
		return this.href(togglePrisonerValue(this.view, key, value));
	}

	/** The view's query without its order and page: what the charts draw, naming their downloads. */
	get chartsQuery(): string {
		return prisonerViewQuery({ ...this.view, sort: 'arrested', page: null }, this.domain);
	}

	/** The chart filters as a query, for the embed code (no search, order or page). */
	get embedQuery(): string {
		return prisonerViewQuery({ ...this.view, q: '', sort: 'arrested', page: null }, this.domain);
	}

	/** Shows a view; `typing` (a search being typed) replaces the current history entry instead of adding one. */
	navigate(view: PrisonerView, typing = false): void {
		this.#url.go(prisonerViewQuery(view, this.domain), typing);
	}
}
