// Writes a copy of data/ with script-like text in every text field of every dataset (links stay http(s): other
// links are rejected by validation, see tests/unit/ingest/links.test.ts). The hostile test site is built from it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { dataPackage } from '../../../src/lib/schema/package';
import type { Field, Resource } from '../../../src/lib/schema/types';
import { vector } from './vectors';

export const HOSTILE_DATA = 'tmp/hostile-data';

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
		});
		writeFileSync(file, `${Papa.unparse({ fields: meta.fields ?? [], data: data.map((row) => (meta.fields ?? []).map((k) => row[k] ?? '')) }, { newline: '\n' })}\n`);
	}
}
