// Prepares the sites the benchmark serves: the build as it is, and a copy whose detentions hold ~1,000,000 rows.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { bundledCanonicalFiles, cubeArrowStream, databaseOf, tableArrowStream } from '../src/lib/db/node';
import { detentionsCsv, generateDetentions, generatePrisoners } from '../scripts/generate-demo-data';
import { compressFile } from '../scripts/precompress';

/** Scale 302 of the demo generator gives 1,002,421 detention rows. */
export const MILLION_SCALE = 302;

function readColumn(file: string, column: string): string[] {
	const { data } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
	return data.map((row) => row[column] ?? '');
}

/**
 * Copies build/ and swaps in a generated detentions file (same schema, same canonical form), the cube built from it
 * and the workbench's Arrow copy of it, as the build would have made them. Returns the row count.
 */
export async function makeMillionRowSite(buildDir: string, outDir: string): Promise<number> {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	cpSync(buildDir, outDir, { recursive: true });
	const regions = readColumn('data/regions.csv', 'code');
	const { data: articles } = Papa.parse<{ code: string; charge_type: string; law: string }>(readFileSync('data/articles.csv', 'utf8'), { header: true, skipEmptyLines: true });
	const rows = generateDetentions({ seed: 20220224, regions, articles, scale: MILLION_SCALE });
	const csv = detentionsCsv(rows);
	const target = path.join(outDir, 'data', 'detentions.csv');
	writeFileSync(target, csv);
	// Precompressed copies of the small file would be served instead of the big one.
	for (const ext of ['.br', '.gz']) if (existsSync(target + ext)) rmSync(target + ext);
	const files = bundledCanonicalFiles().map((f) => (f.resource.name === 'detentions' ? { ...f, csv } : f));
	const db = await databaseOf(files);
	const cube = path.join(outDir, 'data', 'detention-cube.arrow');
	writeFileSync(cube, cubeArrowStream(db));
	compressFile(cube);
	// The workbench's copy of the table (/data/tables/detentions.arrow), as the build writes it.
	const table = path.join(outDir, 'data', 'tables', 'detentions.arrow');
	writeFileSync(table, tableArrowStream(db, files.find((f) => f.resource.name === 'detentions')!.resource));
	compressFile(table);
	return rows.length;
}

/** A copy of build/ whose prisoner index holds `count` generated people (compact entries, as the page loads them). */
export function makeManyPrisonersSite(buildDir: string, outDir: string, count: number): number {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	cpSync(buildDir, outDir, { recursive: true });
	const regions = readColumn('data/regions.csv', 'code');
	const { data: articles } = Papa.parse<{ code: string; charge_type: string; law: string }>(readFileSync('data/articles.csv', 'utf8'), { header: true, skipEmptyLines: true });
	const rows = generatePrisoners({ seed: 20220224, regions, articles, scale: count / 300 });
	const entries = rows.map((p) => ({
		id: p.id,
		nameRu: p.name_ru,
		nameEn: p.name_en,
		birthYear: p.birth_year,
		gender: p.gender,
		region: p.region,
		articles: p.articles,
		caseCategory: p.case_category,
		arrestedOn: p.arrested_on || null,
		sentenceYears: p.sentence_years,
		status: p.status,
		releasedOn: p.released_on || null,
		hasLetterAddress: p.letter_address.trim() !== '',
		letterAddress: p.letter_address.trim() || null,
		photo: null
	}));
	const target = path.join(outDir, 'data', 'prisoners-index.json');
	writeFileSync(target, JSON.stringify(entries));
	for (const ext of ['.br', '.gz']) if (existsSync(target + ext)) rmSync(target + ext);
	return entries.length;
}
