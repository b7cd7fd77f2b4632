// The version of the data a build used: a hash of the data package and of every validated table, as the site
// publishes them. The workbench writes it into every download, so a file says which data answered its query.
import { createHash } from 'node:crypto';
import { bundledCanonicalFiles } from '../db/node';
import { dataPackage } from '../schema/package';

let version: string | undefined;

/** Twelve hex digits of SHA-256: enough to tell two builds' data apart. */
export function dataVersion(): string {
	if (version) return version;
	const hash = createHash('sha256').update(JSON.stringify(dataPackage));
	for (const file of bundledCanonicalFiles()) hash.update('\0').update(file.resource.name).update('\0').update(file.csv);
	version = hash.digest('hex').slice(0, 12);
	return version;
}
