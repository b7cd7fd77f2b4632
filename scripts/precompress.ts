// After `vite build`: brotli and gzip copies of the data files adapter-static leaves uncompressed (it compresses only
// html, js, json, css, svg, xml and wasm). The CSV downloads shrink ~25×; the cube the browser loads ~8×.
// Hosts that serve precompressed files (scripts/serve.ts, nginx gzip_static/brotli_static, most static hosts) use them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const EXTENSIONS = new Set(['.csv', '.arrow']);

function* files(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(full);
		else if (EXTENSIONS.has(path.extname(entry.name))) yield full;
	}
}

/** Writes `file`.br and `file`.gz next to `file`, at the highest levels (as adapter-static does). */
export function compressFile(file: string): void {
	const bytes = readFileSync(file);
	writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
	writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}

export function precompress(dir: string): number {
	let count = 0;
	for (const file of files(dir)) {
		compressFile(file);
		count++;
	}
	return count;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const dir = process.argv[2] ?? 'build';
	console.log(`precompress: ${precompress(dir)} data files in ${dir}/`);
}
