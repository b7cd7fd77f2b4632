// What the prerenderer wrote, told to the build's progress line (scripts/build-progress.ts). SvelteKit prerenders in
// the `vite build` process; src/hooks.server.ts calls notePrerendered() for every response while
// building, and the message crosses to the main thread on a BroadcastChannel, where the counts are kept and printed.
import { BroadcastChannel } from 'node:worker_threads';

export const PRERENDER_CHANNEL = 'build-progress:prerendered';

export type PrerenderedKind = 'page' | 'card' | 'data';

export interface PrerenderedMessage {
	kind: PrerenderedKind;
	/** The request's path: a path fetched twice (a page's load function and the crawler) is one file, counted once. */
	path: string;
	/** Given back from an earlier build's files (src/lib/build/cache.server.ts) rather than made anew. */
	reused: boolean;
}

/** An HTML response is a page; a PNG preview under /cards/ (or any image) a card; anything else a data file. */
export function kindOf(routeId: string | null, contentType: string): PrerenderedKind {
	if (contentType.startsWith('text/html')) return 'page';
	if (contentType.startsWith('image/') || /(^|\/)cards(\/|$)/.test(routeId ?? '')) return 'card';
	return 'data';
}

/** What the manifest says the build will write (src/lib/site/manifest.server.ts), told once, before the first file. */
export interface TotalsMessage {
	totals: { pages: number; cards: number; dataFiles: number };
}

let channel: BroadcastChannel | undefined;

function post(message: PrerenderedMessage | TotalsMessage): void {
	if (!channel) {
		channel = new BroadcastChannel(PRERENDER_CHANNEL);
		// Never what keeps the prerendering alive.
		channel.unref();
	}
	channel.postMessage(message);
}

/** Tells the build about one prerendered response; responses that are not written as files (not 200) are left out. */
export function notePrerendered(routeId: string | null, path: string, response: Response, reused: boolean): void {
	if (response.status === 200) post({ kind: kindOf(routeId, response.headers.get('content-type') ?? ''), path, reused });
}

export function noteTotals(totals: TotalsMessage['totals']): void {
	post({ totals });
}
