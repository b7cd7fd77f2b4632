// Files of earlier builds, reused while what they were made from is unchanged: a build that follows a one-row fix
// draws again only the pages, cards and data files that read that row. Each prerendered response is kept with what it
// read (reads.server.ts) and the digest each read had; the next build gives it back, untouched, when the compiled code
// is the same and every one of its reads has the same digest (db/node.ts, bundledDigests), and makes it anew
// otherwise. A page's __data.json (what a client-side move to it loads) is kept beside it.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkFile } from './link.js';
import type { Read } from './reads.server';

/** Change when what an entry holds changes: older entries are then never read. */
const FORMAT = 'site-build-1';
/** Lists the entries whose __data.json the build is about to write, for the build's end to keep (keepPageData). */
const PENDING = 'pending-data.txt';

interface Entry {
	status: number;
	headers: [string, string][];
	/** Each read, and the digest it had. */
	reads: Record<Read, string>;
}

const digestOf = (...parts: (string | Buffer)[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('base64url').slice(0, 32);
};

/** Where the entries of the site built in `root` are kept: under node_modules/.cache, one folder per project folder. */
export function cacheDir(root: string): string {
	return path.join(root, 'node_modules', '.cache', 'site-build', digestOf(path.resolve(root)).slice(0, 16));
}

/** Where SvelteKit's prerenderer leaves a page's __data.json, for the adapter to copy: under the base path's root. */
function pageDataFile(root: string, pathname: string, base: string): string {
	return path.join(root, '.svelte-kit', 'output', 'prerendered', 'dependencies', pathname.slice(base.length + 1), '__data.json');
}

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else yield full;
	}
}

/**
 * What the compiled site is: a digest of the server and browser code SvelteKit prerenders with (the data package's
 * schema is compiled in) and of the settings read while rendering. Two builds of the same source give the same one.
 */
function codeDigest(root: string): string {
	const hash = createHash('sha256').update(FORMAT);
	for (const part of ['server', 'client']) {
		const dir = path.join(root, '.svelte-kit', 'output', part);
		for (const file of [...files(dir)].sort()) hash.update(path.relative(dir, file)).update(readFileSync(file));
	}
	for (const name of Object.keys(process.env).filter((k) => /^(SITE_|BUILD_|BASE_PATH$)/.test(k)).sort()) hash.update(`${name}=${process.env[name]}`);
	return hash.digest('base64url');
}

function writeAtomically(file: string, data: string | Buffer): void {
	writeFileSync(`${file}.tmp`, data);
	renameSync(`${file}.tmp`, file);
}

export interface BuildCache {
	/** The response kept for a path, if every read it made has the digest it had; its __data.json is put back too. */
	reuse(pathname: string): Response | null;
	/** Keeps a response and what it read. */
	keep(pathname: string, response: Response, reads: Set<Read>): Promise<void>;
}

/** The cache of the build running in `root`, reading digests from `digests`. */
export function openBuildCache(root: string, digests: () => Map<Read, string>, base: string): BuildCache {
	const dir = cacheDir(root);
	mkdirSync(dir, { recursive: true });
	// A build stopped half-way leaves pages whose __data.json it never kept: they are not entries.
	rmSync(path.join(dir, PENDING), { force: true });
	for (const file of readdirSync(dir)) if (file.endsWith('.json.pending')) rmSync(path.join(dir, file));
	let code: string | undefined;
	let current: Map<Read, string> | undefined;
	const entryName = (pathname: string) => digestOf((code ??= codeDigest(root)), pathname);
	const now = new Date();
	return {
		reuse(pathname) {
			const name = entryName(pathname);
			const meta = path.join(dir, `${name}.json`);
			if (!existsSync(meta)) return null;
			const entry = JSON.parse(readFileSync(meta, 'utf8')) as Entry;
			current ??= digests();
			for (const [read, digest] of Object.entries(entry.reads)) if (current.get(read) !== digest) return null;
			const body = readFileSync(path.join(dir, `${name}.body`));
			const data = path.join(dir, `${name}.data`);
			if (existsSync(data)) {
				const target = pageDataFile(root, pathname, base);
				mkdirSync(path.dirname(target), { recursive: true });
				linkFile(data, target);
				utimesSync(data, now, now);
			}
			// Touched: the build's end removes what no response of this build used (pruneBuildCache).
			for (const file of [meta, path.join(dir, `${name}.body`)]) utimesSync(file, now, now);
			return new Response(body, { status: entry.status, headers: entry.headers });
		},
		async keep(pathname, response, reads) {
			if (response.status !== 200) return;
			current ??= digests();
			const name = entryName(pathname);
			const entry: Entry = { status: response.status, headers: [...response.headers], reads: Object.fromEntries([...reads].sort().map((read) => [read, current!.get(read) ?? ''])) };
			// The entry is written aside and renamed, its description last: an entry is whole or absent, even in a build
			// stopped half-way.
			const meta = path.join(dir, `${name}.json`);
			rmSync(meta, { force: true });
			writeAtomically(path.join(dir, `${name}.body`), Buffer.from(await response.clone().arrayBuffer()));
			// A page is an entry only once its __data.json is kept beside it, at the build's end (closeBuildCache).
			if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
				writeAtomically(`${meta}.pending`, JSON.stringify(entry));
				appendFileSync(path.join(dir, PENDING), `${name}\t${pageDataFile(root, pathname, base)}\n`);
			} else writeAtomically(meta, JSON.stringify(entry));
		}
	};
}

/**
 * At the build's end: keeps the __data.json of each page made anew, and removes the entries no response of this
 * build used (made before `startedAt`), so the cache holds one build's files.
 */
export function closeBuildCache(root: string, startedAt: number): { kept: number; removed: number } {
	const dir = cacheDir(root);
	if (!existsSync(dir)) return { kept: 0, removed: 0 };
	const pending = path.join(dir, PENDING);
	if (existsSync(pending)) {
		for (const line of readFileSync(pending, 'utf8').split('\n').filter(Boolean)) {
			const [name, file] = line.split('\t') as [string, string];
			const data = path.join(dir, `${name}.data`);
			if (existsSync(file)) {
				linkFile(file, `${data}.tmp`);
				renameSync(`${data}.tmp`, data);
			}
			const meta = path.join(dir, `${name}.json`);
			if (existsSync(`${meta}.pending`)) renameSync(`${meta}.pending`, meta);
		}
		rmSync(pending);
	}
	let kept = 0;
	let removed = 0;
	for (const file of readdirSync(dir)) {
		const full = path.join(dir, file);
		if (statSync(full).mtimeMs < startedAt - 1000) {
			rmSync(full);
			removed++;
		} else if (file.endsWith('.json')) kept++;
	}
	return { kept, removed };
}
