// Checks one CSV file against the resource its name names, with the package's other files as the reference for
// codes. `data:check FILE` and the browser check on /data/ both call this, so they report the same errors.
import { dataPackage, resourceForFile } from '../schema/package';
import type { Resource } from '../schema/types';
import { byPlace, issueAt, type DataIssue } from './issues';
import { validatePackage } from './package';
import type { ValidTable } from './table';

export interface FileCheck {
	resource: Resource | null;
	/** This file's problems, in file order, with `file` set to the name given. */
	issues: DataIssue[];
	table: ValidTable | null;
}

export function checkFile(fileName: string, bytes: Uint8Array, reference: (resource: Resource) => Uint8Array | null, onProgress?: (fraction: number) => void): FileCheck {
	const resource = resourceForFile(fileName);
	if (!resource) {
		const names = dataPackage.resources.map((r) => r.path).join(', ');
		return { resource: null, table: null, issues: [issueAt({ file: fileName, line: 1 }, { code: 'file.unknownName', params: { names } })] };
	}
	const check = validatePackage(dataPackage, (r) => (r.name === resource.name ? bytes : reference(r)), (r, f) => r.name === resource.name && onProgress?.(f));
	const issues = check.issues
		.filter((i) => i.file === resource.path)
		.sort(byPlace)
		.map((i) => ({ ...i, file: fileName }));
	return { resource, issues, table: check.tables.get(resource.name) ?? null };
}
