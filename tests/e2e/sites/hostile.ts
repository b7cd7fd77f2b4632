// Writes a copy of data/ with script-like text in every text field of every dataset (links stay http(s): other
// links are rejected by validation, see tests/unit/ingest/links.test.ts). The hostile test site is built from it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { dataPackage } from '../../../src/lib/schema/package';
import type { Field, Resource } from '../../../src/lib/schema/types';
import { vector } from './vectors';

export const HOSTILE_DATA = 'tmp/hostile-data';

/** The field the hostile site marks private ("private": true), and the text each row's cell holds: none may be published. */
export const PRIVATE_FIELD = { resource: 'prisoners', field: 'letter_address' } as const;
export const privateValue = (row: number) => `Private-${row}-zqx address`;

/** Text fields that may hold anything; codes (foreign keys, keys, enums, patterns), dates and numbers stay valid so rows still load. */
function isFreeText(resource: Resource, field: Field): boolean {
	if (field.type !== 'string' || field.format === 'uri' || field.constraints?.enum || field.constraints?.pattern) return false;
	const codes = new Set([...(resource.schema.foreignKeys ?? []).flatMap((fk) => fk.fields), ...(resource.schema.primaryKey ?? [])]);
	return !codes.has(field.name) && !['code', 'metric', 'period', 'photo'].includes(field.name);
}

export function makeHostileData(): void {
	rmSync(HOSTILE_DATA, { recursive: true, force: true });
	mkdirSync(HOSTILE_DATA, { recursive: true });
	cpSync('data', HOSTILE_DATA, { recursive: true });
	for (const resource of dataPackage.resources) {
		const file = path.join(HOSTILE_DATA, resource.path);
		const { data, meta } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
		const fields = resource.schema.fields.filter((f) => isFreeText(resource, f));
		data.forEach((row, i) => {
			for (const f of fields) row[f.name] = `${row[f.name] ?? ''} ${vector(i + f.name.length)}`.trim();
			if (resource.name === PRIVATE_FIELD.resource) row[PRIVATE_FIELD.field] = privateValue(i);
		});
		writeFileSync(file, `${Papa.unparse({ fields: meta.fields ?? [], data: data.map((row) => (meta.fields ?? []).map((k) => row[k] ?? '')) }, { newline: '\n' })}\n`);
	}
	const pkgFile = path.join(HOSTILE_DATA, 'datapackage.json');
	const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { resources: Resource[] };
	const field = pkg.resources.find((r) => r.name === PRIVATE_FIELD.resource)!.schema.fields.find((f) => f.name === PRIVATE_FIELD.field)!;
	field.private = true;
	writeFileSync(pkgFile, `${JSON.stringify(pkg, null, '\t')}\n`);
}
