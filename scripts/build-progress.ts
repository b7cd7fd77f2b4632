// The Vite plugin that runs the build's own steps around SvelteKit's and says what the build is doing, now that
// vite.config.ts keeps Vite itself quiet: compiling; prerendering, with pages, cards and data files counted against the
// manifest's totals as they are written and how many an earlier build's files gave (src/hooks.server.ts through
// scripts/prerender-report.ts); adapter-static writing the site; then compressing it (scripts/precompress.ts), whose
// slowest file, DuckDB's engine, starts compressing when the build starts. Each phase ends with a line saying what it
// did and how long it took, and the build with a summary. The counts and times are left in
// .svelte-kit/output/build-stats.json for bench/build.ts.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { closeBuildCache } from '../src/lib/build/cache.server.js';
import { precompressSite, warmEngine } from './precompress.js';
import { PRERENDER_CHANNEL, type PrerenderedKind, type PrerenderedMessage, type TotalsMessage } from './prerender-report.js';
import { count, isInteractive, ProgressLine, seconds } from './progress-line.js';

export interface BuildStats {
	/** When the `vite build` process started (ms since the epoch). */
	startedAt: number;
	/** When the build ended, compression included (ms since the epoch). */
	finishedAt: number;
	pages: number;
	cards: number;
	dataFiles: number;
	/** Of those, given back from an earlier build's files. */
	reused: number;
	/** Compiling the server and browser code and analysing the routes, up to the first prerendered file. */
	compileMs: number;
	prerenderMs: number;
	/** adapter-static: copying the site to its folder. */
	writeMs: number;
	compressMs: number;
}

/** Where the plugin leaves the stats; SvelteKit empties .svelte-kit/output/ when a build starts, so they are never stale. */
export const buildStatsFile = (root: string) => path.join(root, '.svelte-kit', 'output', 'build-stats.json');

type Counts = Pick<BuildStats, 'pages' | 'cards' | 'dataFiles'>;

/**
 * "656 pages, 0 cards, 21 data files", or while counting towards totals "1,200 of 2,205 files (340 of 1,013 pages, …)":
 * the files of all kinds first, since SvelteKit may draw the cards before most pages and the pages' count then waits.
 */
export const countsText = (done: Counts, totals?: Counts | null): string => {
	const all = (c: Counts) => c.pages + c.cards + c.dataFiles;
	const kinds = kindsText(done, totals);
	return totals ? `${count(all(done))} of ${count(all(totals))} files (${kinds})` : kinds;
};

const kindsText = (done: Counts, totals?: Counts | null): string =>
	(
		[
			['pages', 'page'],
			['cards', 'card'],
			['dataFiles', 'data file']
		] as const
	)
		.map(([key, noun]) => `${totals ? `${count(done[key])} of ` : ''}${count((totals ?? done)[key])} ${(totals ?? done)[key] === 1 ? noun : `${noun}s`}`)
		.join(', ');

/**
 * SvelteKit's and adapter-static's own lines at the end of a build: a hint naming a command this project does not have
 * (it serves with `npm run serve`), the adapter's name, where the site went (said again by this plugin's last line,
 * which is why the folder is kept) and "done". Their warnings and errors are not touched.
 */
const MUTED = [/^Run .*npm run preview.* to preview your production build locally\.$/, /^> Using @sveltejs\/adapter-static$/, /^✔ done$/];
const WROTE = /^Wrote site to "(.+)"$/;

// eslint-disable-next-line no-control-regex
const plain = (chunk: unknown) => String(chunk).replace(/\x1b\[[0-9;]*m/g, '').trim();

/** Leaves out the lines above until the returned function is called; `onWrote` gets the site's folder. */
function muteAdapterLines(onWrote: (folder: string) => void): () => void {
	const original = process.stdout.write;
	process.stdout.write = function (this: typeof process.stdout, ...args: Parameters<typeof original>) {
		const text = plain(args[0]);
		const wrote = WROTE.exec(text);
		if (wrote) onWrote(wrote[1]!);
		if (wrote || MUTED.some((p) => p.test(text))) return true;
		return original.apply(this, args);
	} as typeof original;
	return () => {
		process.stdout.write = original;
	};
}

/**
 * The plugin. With BUILD_PROGRESS=quiet in the environment (the test sites, scripts/build-variant.ts) it prints
 * nothing of its own and still leaves out the adapter's lines and writes the stats. With BUILD_LIGHT=1 (the test
 * sites) the site is not compressed.
 */
export function buildProgress(): Plugin[] {
	const startedAt = Date.now() - process.uptime() * 1000;
	const quiet = process.env.BUILD_PROGRESS === 'quiet';
	const compress = process.env.BUILD_LIGHT !== '1';
	let active = false;
	let verbose = false;
	let root = process.cwd();
	const seen: Record<PrerenderedKind, Set<string>> = { page: new Set(), card: new Set(), data: new Set() };
	const reused = new Set<string>();
	let totals: Counts | null = null;
	const counts = () => ({ pages: seen.page.size, cards: seen.card.size, dataFiles: seen.data.size });
	let channel: BroadcastChannel | undefined;
	let line: ProgressLine | undefined;
	let unmute: (() => void) | undefined;
	let folder = '';
	const mark = { compile: 0, prerender: 0, write: 0, compress: 0 };
	const ms = { compile: 0, prerender: 0, write: 0, compress: 0 };
	const reusedText = () => (reused.size > 0 ? ` (${count(reused.size)} reused from the last build)` : '');

	/** Ends the current phase's line with `final`, and starts a line for the next phase if `render` is given. */
	const phase = (final: string | undefined, render?: () => string) => {
		if (quiet) return;
		if (line) line.stop(final);
		else if (final) console.log(final);
		line = render ? new ProgressLine(render, { interactive: !verbose && isInteractive() }) : undefined;
	};

	function startPrerendering(): void {
		ms.compile = performance.now() - mark.compile;
		mark.prerender = performance.now();
		phase(`build: code compiled in ${seconds(mark.compile)}`, () => `build: prerendering: ${countsText(counts(), totals)}${reusedText()} (${seconds(mark.prerender)})`);
	}

	return [
		{
			name: 'build-progress',
			apply: 'build',
			configResolved(config) {
				// The server build is the one `vite build` runs; SvelteKit starts the browser build from inside it, which
				// loads this configuration again: that copy of the plugin stays silent.
				active = Boolean(config.build.ssr) && !config.build.watch;
				verbose = config.logLevel === 'info';
				root = config.root;
			},
			buildStart() {
				if (!active) return;
				if (compress) warmEngine(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
				mark.compile = performance.now();
				phase(undefined, () => `build: compiling the server and browser code (${seconds(mark.compile)})`);
				channel = new BroadcastChannel(PRERENDER_CHANNEL);
				channel.unref();
				channel.onmessage = (event) => {
					const message = event.data as PrerenderedMessage | TotalsMessage;
					if (mark.prerender === 0) startPrerendering();
					if ('totals' in message) totals = message.totals;
					else {
						seen[message.kind]?.add(message.path);
						if (message.reused) reused.add(message.path);
					}
				};
			},
			// SvelteKit builds the browser code and prerenders in its own writeBundle; this one runs after it.
			writeBundle: {
				order: 'post',
				sequential: true,
				handler() {
					if (!active) return;
					if (mark.prerender === 0) startPrerendering();
					ms.prerender = performance.now() - mark.prerender;
					phase(`build: prerendered ${countsText(counts())}${reusedText()} in ${seconds(mark.prerender)}`);
				}
			},
			// adapter-static runs in SvelteKit's closeBundle, between this one and the next plugin's.
			closeBundle: {
				order: 'pre',
				sequential: true,
				handler() {
					if (!active) return;
					mark.write = performance.now();
					unmute = muteAdapterLines((f) => (folder = f));
					phase(undefined, () => `build: adapter-static is writing the site (${seconds(mark.write)})`);
				}
			}
		},
		{
			name: 'build-progress:done',
			apply: 'build',
			closeBundle: {
				order: 'post',
				sequential: true,
				async handler() {
					if (!active) return;
					ms.write = performance.now() - mark.write;
					phase(`build: site written${folder ? ` to ${folder}/` : ''} in ${seconds(mark.write)}`);
					unmute?.();
					channel?.close();
					// What no response of this build used is removed, and the new pages' __data.json kept.
					closeBuildCache(root, startedAt);
					mark.compress = performance.now();
					if (compress && folder) await precompressSite(path.resolve(root, folder), { quiet });
					ms.compress = performance.now() - mark.compress;
					const stats: BuildStats = {
						startedAt: Math.round(startedAt),
						finishedAt: Date.now(),
						...counts(),
						reused: reused.size,
						compileMs: Math.round(ms.compile),
						prerenderMs: Math.round(ms.prerender),
						writeMs: Math.round(ms.write),
						compressMs: Math.round(ms.compress)
					};
					const file = buildStatsFile(root);
					mkdirSync(path.dirname(file), { recursive: true });
					writeFileSync(file, JSON.stringify(stats, null, '\t') + '\n');
					if (!quiet) console.log(`build: ${countsText(stats)}${reusedText()} in ${Math.round((stats.finishedAt - startedAt) / 1000)} s, written to ${folder}/`);
				}
			}
		}
	];
}
