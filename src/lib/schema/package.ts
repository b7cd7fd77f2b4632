// The data package of data/datapackage.json, typed, with look-ups by resource name and file name.
import raw from '$data/datapackage.json';
import type { DataPackage, Resource } from './types';

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

/** The allowed values of an enum field, as the data package lists them. */
export function enumValues(resourceName: string, fieldName: string): string[] {
	const field = resourceByName(resourceName)?.schema.fields.find((f) => f.name === fieldName);
	return field?.constraints?.enum ?? [];
}
