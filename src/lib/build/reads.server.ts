// Which data a prerendered file was made from: each response of the build notes the tables (or rows) it read, so a
// later build can reuse the file while they are unchanged (cache.server.ts). Reads are noted where the data is read
// (db/node.ts, for every query and file) and carried through the results a build computes once and shares.
import { AsyncLocalStorage } from 'node:async_hooks';

/** A read: a resource's name (the whole table) or `name#key`, one row by its primary key. */
export type Read = string;

const current = new AsyncLocalStorage<Set<Read>>();

/** Notes reads for the response being made, if any is. */
export function noteReads(reads: Iterable<Read>): void {
	const set = current.getStore();
	if (set) for (const read of reads) set.add(read);
}

/** Runs `make` and returns what it read along with its result. */
export async function withReads<T>(make: () => T | Promise<T>): Promise<{ result: T; reads: Set<Read> }> {
	const reads = new Set<Read>();
	const result = await current.run(reads, async () => make());
	return { result, reads };
}

/**
 * A result computed once per key and shared, whose reads every later caller notes too: without this, the response
 * that first asked would be the only one known to depend on it.
 */
export function remember<K extends object, T>(cache: WeakMap<K, { value: Promise<T>; reads: Set<Read> }>, key: K, make: () => Promise<T>): Promise<T> {
	let entry = cache.get(key);
	if (!entry) {
		const reads = new Set<Read>();
		entry = { value: current.run(reads, make), reads };
		cache.set(key, entry);
	}
	const { value, reads } = entry;
	return value.then((result) => {
		noteReads(reads);
		return result;
	});
}
