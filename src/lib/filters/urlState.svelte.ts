// The one way a page keeps its view in the URL. The prerendered HTML cannot know the query, so the address is read
// once the page has hydrated; a change of view is recorded as a shallow history entry (pushState, nothing to load),
// whose query lives in page.state, so back and forward work and a copied link restores the view.
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { hydrated } from '../ui/hydrated.svelte';

export class UrlState {
	/** Must be made while a component initialises (it waits for the component to mount). */
	#script = hydrated();
	/** Whether the router has started: a view chosen before the page's script ran (and taken as it hydrates) reaches
	 * `go` before SvelteKit has made its root, which `pushState` needs. Such a view is recorded once it has. */
	#routed = false;
	#waiting: (() => void) | null = null;

	constructor() {
		afterNavigate(() => {
			this.#routed = true;
			const record = this.#waiting;
			this.#waiting = null;
			record?.();
		});
	}

	get hydrated(): boolean {
		return this.#script.current;
	}

	/** The query of the view shown: a shallow entry's, or the address's once hydrated; '' in prerendered HTML. */
	get search(): string {
		return page.state.search ?? (this.#script.current ? page.url.search : '');
	}

	/** This page's path with a query ('' or '?…'), for links. */
	href(query: string): string {
		return `${page.url.pathname}${query}`;
	}

	/** Records a view as a new history entry; `inPlace` (a search being typed) replaces a shallow entry instead. */
	go(query: string, inPlace = false): void {
		const record = () => (inPlace && page.state.search !== undefined ? replaceState : pushState)(this.href(query), { search: query });
		if (this.#routed) record();
		else this.#waiting = record;
	}
}
