/**
 * `npm run data:demo`: writes fictional demo data to data/detentions.csv and data/prisoners.csv so the dashboard can be
 * built, tested and benchmarked before real exports are added; nothing in these files is a real event or person.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { changesCsv, generateChanges } from './demo/changes';
import { detentionsCsv, generateDetentions } from './demo/detentions';
import { generatePrisoners, prisonersCsv } from './demo/prisoners';
import type { ArticleRef, GenerateOptions } from './demo/types';

// Benchmarks and tests import the generators from here, so this file stays their public face.
export type {
	ArticleRef,
	DetentionRow,
	EventType,
	Gender,
	GenerateOptions,
	PrisonerRow,
	PrisonerStatus,
	Topic
} from './demo/types';
export { DETENTION_FIELDS, detentionsCsv, generateDetentions } from './demo/detentions';
export { generatePrisoners, PRISONER_FIELDS, prisonersCsv } from './demo/prisoners';
export { changesCsv, generateChanges } from './demo/changes';
export { mulberry32, type Rng } from './demo/prng';
export { transliterate } from '../src/lib/text/transliterate';

/** Fixed so that every run writes byte-identical files. */
export const DEFAULT_SEED = 20220224;

function readCsv(file: string): Record<string, string>[] {
	const text = readFileSync(file, 'utf8');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	const [firstError] = parsed.errors;
	if (firstError) throw new Error(`${file}: ${firstError.message}`);
	return parsed.data;
}

/** A missing column would otherwise turn into the text "undefined" in the generated rows. */
function cell(row: Record<string, string>, column: string, file: string): string {
	const value = row[column];
	if (value === undefined) throw new Error(`${file}: no "${column}" column`);
	return value;
}

function readRegions(file: string): string[] {
	return readCsv(file).map((r) => cell(r, 'code', file));
}

function readArticles(file: string): ArticleRef[] {
	return readCsv(file).map((a) => ({
		code: cell(a, 'code', file),
		charge_type: cell(a, 'charge_type', file),
		law: cell(a, 'law', file)
	}));
}

function main(): void {
	const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');
	const regions = readRegions(path.join(dataDir, 'regions.csv'));
	const articles = readArticles(path.join(dataDir, 'articles.csv'));
	const opts: GenerateOptions = { seed: DEFAULT_SEED, regions, articles, scale: 1 };

	const detentions = generateDetentions(opts);
	writeFileSync(path.join(dataDir, 'detentions.csv'), detentionsCsv(detentions), 'utf8');
	const prisoners = generatePrisoners(opts);
	writeFileSync(path.join(dataDir, 'prisoners.csv'), prisonersCsv(prisoners), 'utf8');
	const changes = generateChanges(prisoners, DEFAULT_SEED);
	writeFileSync(path.join(dataDir, 'changes.csv'), changesCsv(changes), 'utf8');
	console.log(`Wrote ${detentions.length} demo detention events, ${prisoners.length} demo prisoners and ${changes.length} changes about them.`);
}

// Run only when executed directly, not when the benchmark or tests import the generators.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	main();
}
