// The data package of data/datapackage.json, typed, with look-ups by resource name and file name.
import raw from '$data/datapackage.json';
import type { Credit } from './credit';
import type { DataPackage, Field, Resource, Row } from './types';

export const dataPackage = raw as unknown as DataPackage;

export function resourceByName(name: string): Resource | undefined {
	return dataPackage.resources.find((r) => r.name === name);
}

/** The resource a file belongs to, by its base name: `exports/detentions.csv` → detentions. */
export function resourceForFile(fileName: string): Resource | undefined {
	const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
	return dataPackage.resources.find((r) => r.path.toLowerCase() === base);
}

export function isDemo(name: string): boolean {
	return resourceByName(name)?.demo === true;
}

/** The resource's sources and licences; the package's licences where the resource names none. */
export function creditOf(resourceName: string): Credit {
	const resource = resourceByName(resourceName);
	return { sources: resource?.sources ?? [], licenses: resource?.licenses ?? dataPackage.licenses ?? [] };
}

/** The allowed values of an enum field, as the data package lists them. */
export function enumValues(resourceName: string, fieldName: string): string[] {
	const field = resourceByName(resourceName)?.schema.fields.find((f) => f.name === fieldName);
	return field?.constraints?.enum ?? [];
}

// Private fields ("private": true): data:check validates them, and nothing else sees their values. The site's tables,
// downloads and the published datapackage.json are made from the public resource; DuckDB holds a private column as
// nulls (load.ts), so a query that names it reads "unknown".

export const isPrivate = (field: Field) => field.private === true;

/** The resource as the site publishes it: its private fields left out. */
export function publicResource(resource: Resource): Resource {
	if (!resource.schema.fields.some(isPrivate)) return resource;
	return { ...resource, schema: { ...resource.schema, fields: resource.schema.fields.filter((f) => !isPrivate(f)) } };
}

/** A row without the values of its resource's private fields. */
export function publicRow(resource: Resource, row: Row): Row {
	const hidden = resource.schema.fields.filter(isPrivate);
	if (hidden.length === 0) return row;
	const copy = { ...row };
	for (const f of hidden) delete copy[f.name];
	return copy;
}

/** The data package as /datapackage.json publishes it: every resource's public fields. */
export const publishedPackage = (): DataPackage => ({ ...dataPackage, resources: dataPackage.resources.map(publicResource) });

