// The build's last step: brotli and gzip copies of every file in the site that a host can serve compressed (pages, code,
// JSON, SVG, the DuckDB engine, and the data files: .csv shrinks ~25×, the .arrow cube ~8×), for hosts that serve
// precompressed files (scripts/serve.ts, nginx gzip_static/brotli_static, most static hosts). adapter-static's own
// `precompress` is off (svelte.config.js): it skips the data files and redoes, on every build, the brotli of the 34 MB
// engine, over a minute of the build. Large files under _app/immutable/ are the same from one build to the next: their
// compressed copies are kept in node_modules/.cache/precompress/, by content hash. A file whose .br and .gz are already
// newer than it is left as it is. Then it prints the build's summary line (scripts/build-progress.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';
import { buildStatsFile, countsText, type BuildStats } from './build-progress';
import { count, ProgressLine, seconds } from './progress-line';

/** Text, WebAssembly and data. Images, fonts and spreadsheets are compressed already. */
const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.csv', '.arrow']);
const BINARY = new Set(['.wasm', '.arrow']);

/** Files at least this large under _app/immutable/ are looked up in the cache. */
const CACHED_FROM_BYTES = 1024 * 1024;
const CACHE_DIR = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'precompress');
/** Part of every cache key: change it when the compression settings change. */
const CACHE_VERSION = 'br11-gz9-v1';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function* files(dir: string, extensions: ReadonlySet<string>): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full, extensions);
		else if (extensions.has(path.extname(entry.name))) yield full;
	}
}

/** The highest levels, as adapter-static uses. */
function brotliOptions(file: string, size: number): BrotliOptions {
	const mode = BINARY.has(path.extname(file)) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT;
	return { params: { [constants.BROTLI_PARAM_MODE]: mode, [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size } };
}

/** Writes `file`.br and `file`.gz next to `file`, at the highest levels (as adapter-static does). */
export function compressFile(file: string): void {
	const bytes = readFileSync(file);
	writeFileSync(`${file}.br`, brotliCompressSync(bytes, brotliOptions(file, bytes.length)));
	writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}

function upToDate(file: string): boolean {
	const { mtimeMs } = statSync(file);
	return [`${file}.br`, `${file}.gz`].every((copy) => existsSync(copy) && statSync(copy).mtimeMs >= mtimeMs);
}

export interface SiteCompression {
	/** Files compressed now. */
	compressed: number;
	/** Files whose .br and .gz were already there and newer. */
	skipped: number;
	/** Of the compressed files, those whose copies came from the cache. */
	fromCache: number;
	bytes: number;
	brotliBytes: number;
}

async function compressOne(dir: string, file: string, result: SiteCompression): Promise<void> {
	const bytes = await readFile(file);
	const cacheable = bytes.length >= CACHED_FROM_BYTES && path.relative(dir, file).split(path.sep).includes('immutable');
	const key = cacheable ? createHash('sha256').update(CACHE_VERSION).update(path.extname(file)).update(bytes).digest('hex') : '';
	const cached = cacheable ? [`${CACHE_DIR}/${key}.br`, `${CACHE_DIR}/${key}.gz`] : [];
	let brotliBytes: number;
	if (cacheable && cached.every((f) => existsSync(f))) {
		copyFileSync(cached[0]!, `${file}.br`);
		copyFileSync(cached[1]!, `${file}.gz`);
		brotliBytes = statSync(`${file}.br`).size;
		result.fromCache++;
	} else {
		const [br, gz] = await Promise.all([brotliAsync(bytes, brotliOptions(file, bytes.length)), gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION })]);
		await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
		brotliBytes = br.length;
		if (cacheable) {
			mkdirSync(CACHE_DIR, { recursive: true });
			writeFileSync(cached[0]!, br);
			writeFileSync(cached[1]!, gz);
		}
	}
	result.compressed++;
	result.bytes += bytes.length;
	result.brotliBytes += brotliBytes;
}

/**
 * Compresses every file of the site in `dir` that a host serves compressed and that has no up-to-date .br and .gz
 * yet, largest first (the longest job starts first), a few at a time on zlib's thread pool, with a progress line.
 */
export async function precompressSite(dir: string, { quiet = false } = {}): Promise<SiteCompression> {
	const started = performance.now();
	const result: SiteCompression = { compressed: 0, skipped: 0, fromCache: 0, bytes: 0, brotliBytes: 0 };
	const todo: Array<{ file: string; size: number }> = [];
	for (const file of files(dir, EXTENSIONS)) {
		if (upToDate(file)) result.skipped++;
		else todo.push({ file, size: statSync(file).size });
	}
	todo.sort((a, b) => b.size - a.size);
	const total = todo.length;
	const totalBytes = todo.reduce((sum, { size }) => sum + size, 0);
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	// Largest first, so bytes say how far it is better than files do.
	const line =
		quiet || total === 0
			? undefined
			: new ProgressLine(() => `precompress: ${mb(result.bytes)} of ${mb(totalBytes)}, ${count(result.compressed)} of ${count(total)} files (${seconds(started)})`);
	let next = 0;
	const worker = async () => {
		while (next < todo.length) await compressOne(dir, todo[next++]!.file, result);
	};
	try {
		await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	} finally {
		line?.stop();
	}
	if (!quiet) {
		const what = total === 0 ? 'nothing to compress' : `${count(result.compressed)} files, ${mb(result.bytes)} → ${mb(result.brotliBytes)} brotli${result.fromCache ? ` (${result.fromCache} from the cache)` : ''}`;
		const skipped = result.skipped ? `; ${count(result.skipped)} already compressed` : '';
		console.log(`precompress: ${what} in ${seconds(started)}${skipped}`);
	}
	return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const dir = process.argv[2] ?? 'build';
	await precompressSite(dir);
	// The summary of the whole build, once: the stats are removed so that a later run on its own prints none.
	const statsFile = buildStatsFile(process.cwd());
	if (existsSync(statsFile)) {
		const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
		rmSync(statsFile);
		console.log(`build: ${countsText(stats)} in ${Math.round((Date.now() - stats.startedAt) / 1000)} s, written to ${dir}/`);
	}
}
