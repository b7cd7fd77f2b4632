// Writes a copy of data/ with script-like text in every text field of every dataset (links stay http(s): other
// links are rejected by validation, see tests/unit/ingest/links.test.ts). The hostile test build reads it.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { dataPackage } from '../../../src/lib/schema/package';
import { vector } from './vectors';

export const HOSTILE_DATA = 'tmp/hostile-data';

/** Text fields that may hold anything; codes, enums, dates and numbers are left valid so that rows still load. */
function isFreeText(resource: string, field: { name: string; type: string; format?: string; constraints?: { enum?: string[]; pattern?: string } }): boolean {
	if (field.type !== 'string' || field.format === 'uri' || field.constraints?.enum || field.constraints?.pattern) return false;
	return !['region', 'article', 'metric', 'period', 'photo'].includes(field.name) && !(resource === 'prisoners' && field.name === 'id');
}

rmSync(HOSTILE_DATA, { recursive: true, force: true });
mkdirSync(HOSTILE_DATA, { recursive: true });
cpSync('data', HOSTILE_DATA, { recursive: true });
for (const resource of dataPackage.resources) {
	const file = path.join(HOSTILE_DATA, resource.path);
	const { data, meta } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
	const fields = resource.schema.fields.filter((f) => isFreeText(resource.name, f));
	data.forEach((row, i) => {
		for (const f of fields) row[f.name] = `${row[f.name] ?? ''} ${vector(i + f.name.length)}`.trim();
	});
	writeFileSync(file, `${Papa.unparse({ fields: meta.fields ?? [], data: data.map((row) => (meta.fields ?? []).map((k) => row[k] ?? '')) }, { newline: '\n' })}\n`);
}
console.log(`hostile data written to ${HOSTILE_DATA}/`);
