// The version of the data a file was made from: a hash of the data package and of the validated data it is drawn from,
// as the site publishes them. A view of the detentions cites the detentions table and the tables its foreign keys name
// (regions, event types, topics, articles); a profile, that person's row and the regions and articles; the workbench,
// whose answers may read anything, every table. A fix to one person's row changes that person's version and the
// site's, and leaves every other citation, and so every other file, as it was (a rebuild reuses them).
import { createHash } from 'node:crypto';
import { noteReads } from '../build/reads.server';
import { bundledCanonicalFile, bundledCanonicalFiles, bundledRow } from '../db/node';
import { dataPackage, resourceByName } from '../schema/package';

const versions = new Map<string, string>();

/** `name` and every resource its foreign keys reach, each once. */
function drawnFrom(name: string, seen = new Set<string>()): Set<string> {
	if (seen.has(name)) return seen;
	seen.add(name);
	for (const key of resourceByName(name)?.schema.foreignKeys ?? []) drawnFrom(key.reference.resource, seen);
	return seen;
}

/** What a version is a hash of, by read (a table, or `name#key` for one row), with the text read. */
function inputs(resource?: string, key?: string): [string, () => string][] {
	if (!resource) return bundledCanonicalFiles().map((file) => [file.resource.name, () => file.csv]);
	return [...drawnFrom(resource)].map((name) => {
		const path = resourceByName(name)?.path ?? '';
		return name === resource && key !== undefined ? [`${name}#${key}`, () => bundledRow(path, key) ?? ''] : [name, () => bundledCanonicalFile(path)?.csv ?? ''];
	});
}

/**
 * Twelve hex digits of SHA-256, enough to tell two builds' data apart: of the tables `resource` is drawn from (with
 * only its row `key` of `resource` itself), or of every table. Every call notes what the version is made of as read,
 * the first and the ones answered from memory alike, so a file that shows it is made anew when that changes.
 */
export function dataVersion(resource?: string, key?: string): string {
	const parts = inputs(resource, key);
	noteReads(parts.map(([read]) => read));
	const memo = `${resource ?? ''}\0${key ?? ''}`;
	let version = versions.get(memo);
	if (!version) {
		const hash = createHash('sha256').update(JSON.stringify(dataPackage));
		for (const [read, text] of parts) hash.update('\0').update(read).update('\0').update(text());
		version = hash.digest('hex').slice(0, 12);
		versions.set(memo, version);
	}
	return version;
}
