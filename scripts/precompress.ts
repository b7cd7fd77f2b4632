// Brotli and gzip copies of every file of the site a host can serve compressed (pages, code, JSON, SVG, CSV, the Arrow
// cube and the DuckDB engine), for hosts that serve precompressed files (scripts/serve.ts, nginx gzip_static /
// brotli_static, most static hosts): the build's last step (scripts/build-progress.ts). Images, fonts and
// spreadsheets are compressed already and are left as they are.
//
// How hard each kind is compressed was measured on the bundled site (README, "Building"): brotli's top level (11)
// makes pages and data 10–13 % smaller than level 6 but takes 80 times as long (1.3 s a megabyte against 15 ms), which
// for 100 MB of pages is most of a cold build; for code and the engine, which change only with a new version and are
// downloaded by every reader of the explorer, it is worth it (the engine: 5.1 MB instead of 5.8 MB). Every copy is kept
// in node_modules/.cache/precompress/ by the digest of what it was made from, so a rebuild compresses only the files
// that changed; the engine's copy, a minute of work, is started as soon as the build starts (warmEngine).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, type BrotliOptions } from 'node:zlib';
import { linkFile } from '../src/lib/build/link.js';
import { count, ProgressLine, seconds } from './progress-line.js';

/** Brotli's level for each kind of file (see above). */
const BROTLI_LEVEL: Record<string, number> = {
	'.wasm': 11,
	'.js': 11,
	'.mjs': 11,
	'.css': 11,
	'.html': 6,
	'.json': 6,
	'.svg': 6,
	'.xml': 6,
	'.atom': 6,
	'.ics': 6,
	'.csv': 6,
	'.arrow': 6
};
const BINARY = new Set(['.wasm', '.arrow']);
/** Part of every cache key: change it when the compression settings change. */
const CACHE_VERSION = 'v2';
const CACHE_DIR = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'precompress');
/** Copies not used by any build for this long are removed. */
const CACHE_DAYS = 14;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else if (path.extname(entry.name) in BROTLI_LEVEL) yield full;
	}
}

function brotliOptions(ext: string, size: number): BrotliOptions {
	return {
		params: {
			[constants.BROTLI_PARAM_MODE]: BINARY.has(ext) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: BROTLI_LEVEL[ext]!,
			[constants.BROTLI_PARAM_SIZE_HINT]: size
		}
	};
}

/** Copies being made, by key: two files with the same bytes (a page's data in both languages) wait for one job. */
const making = new Map<string, Promise<{ br: string; gz: string; fromCache: boolean }>>();

/** The cached copies of some bytes, made (and kept) if they are not there yet. */
function compressed(bytes: Buffer, ext: string): Promise<{ br: string; gz: string; fromCache: boolean }> {
	const key = createHash('sha256').update(CACHE_VERSION).update(ext).update(bytes).digest('hex');
	let job = making.get(key);
	if (!job) {
		job = make(key, bytes, ext);
		making.set(key, job);
	}
	return job;
}

async function make(key: string, bytes: Buffer, ext: string): Promise<{ br: string; gz: string; fromCache: boolean }> {
	const br = path.join(CACHE_DIR, `${key}.br`);
	const gz = path.join(CACHE_DIR, `${key}.gz`);
	if (existsSync(br) && existsSync(gz)) {
		const now = new Date();
		utimesSync(br, now, now);
		utimesSync(gz, now, now);
		return { br, gz, fromCache: true };
	}
	const [brBytes, gzBytes] = await Promise.all([brotliAsync(bytes, brotliOptions(ext, bytes.length)), gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION })]);
	mkdirSync(CACHE_DIR, { recursive: true });
	// Written aside and renamed: a copy is in the cache whole or not at all, even if the build is stopped half-way. The
	// aside name is the process's own: two builds that share the cache (a site and a test site) may compress one file.
	const aside = (file: string) => `${file}.${process.pid}.tmp`;
	await Promise.all([writeFile(aside(br), brBytes), writeFile(aside(gz), gzBytes)]);
	renameSync(aside(br), br);
	renameSync(aside(gz), gz);
	return { br, gz, fromCache: false };
}

/** Puts `file`.br and `file`.gz next to `file`: links to the cache's copies. */
export async function compressFile(file: string): Promise<{ bytes: number; brotliBytes: number; fromCache: boolean }> {
	const bytes = await readFile(file);
	const copies = await compressed(bytes, path.extname(file));
	linkFile(copies.br, `${file}.br`);
	linkFile(copies.gz, `${file}.gz`);
	return { bytes: bytes.length, brotliBytes: statSync(copies.br).size, fromCache: copies.fromCache };
}

let engine: Promise<unknown> | undefined;

/**
 * Starts compressing DuckDB's engine, the one file that takes a minute, while the rest of the build runs: the site's
 * copy of it is the same bytes as the package's.
 */
export function warmEngine(wasmFile: string): void {
	engine ??= readFile(wasmFile)
		.then((bytes) => compressed(bytes, '.wasm'))
		.catch(() => {});
}

export interface SiteCompression {
	files: number;
	fromCache: number;
	bytes: number;
	brotliBytes: number;
}

/**
 * Compresses every file of the site in `dir` a host serves compressed, largest first (the longest job starts first),
 * as many at a time as there are cores, with a progress line; then removes copies no build has used for two weeks.
 */
export async function precompressSite(dir: string, { quiet = false } = {}): Promise<SiteCompression> {
	await engine;
	const started = performance.now();
	const result: SiteCompression = { files: 0, fromCache: 0, bytes: 0, brotliBytes: 0 };
	const todo = [...files(dir)].map((file) => ({ file, size: statSync(file).size })).sort((a, b) => b.size - a.size);
	const totalBytes = todo.reduce((sum, { size }) => sum + size, 0);
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	const line = quiet ? undefined : new ProgressLine(() => `precompress: ${mb(result.bytes)} of ${mb(totalBytes)}, ${count(result.files)} of ${count(todo.length)} files (${seconds(started)})`);
	let next = 0;
	const worker = async () => {
		while (next < todo.length) {
			const done = await compressFile(todo[next++]!.file);
			result.files++;
			result.bytes += done.bytes;
			result.brotliBytes += done.brotliBytes;
			if (done.fromCache) result.fromCache++;
		}
	};
	try {
		await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	} finally {
		line?.stop();
	}
	pruneCache();
	if (!quiet) {
		const made = result.files - result.fromCache;
		console.log(`precompress: ${count(result.files)} files, ${mb(result.bytes)} → ${mb(result.brotliBytes)} brotli, ${count(made)} compressed, ${count(result.fromCache)} reused, in ${seconds(started)}`);
	}
	return result;
}

function pruneCache(): void {
	if (!existsSync(CACHE_DIR)) return;
	const before = Date.now() - CACHE_DAYS * 86_400_000;
	for (const file of readdirSync(CACHE_DIR)) {
		const full = path.join(CACHE_DIR, file);
		if (statSync(full).mtimeMs < before) rmSync(full);
	}
}
