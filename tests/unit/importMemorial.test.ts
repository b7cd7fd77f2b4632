// Importing a Memorial-style prisoner list: rows land in our schema or are rejected with line and reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../src/lib/ingest/package';
import { canonicalCsv } from '../../src/lib/ingest/serialize';
import { importMemorial, sentenceYears } from '../../src/lib/import/memorial';
import { dataPackage, resourceByName } from '../../src/lib/schema/package';
import { readCsv } from '../csvTotals';

const FIXTURE = 'tests/fixtures/import/memorial.csv';
const regions = readCsv('data/regions.csv').map((r) => ({ code: r.code!, nameRu: r.name_ru!, nameEn: r.name_en! }));
const articles = readCsv('data/articles.csv').map((a) => ({ code: a.code!, chargeType: a.charge_type! }));
const result = importMemorial(readFileSync(FIXTURE, 'utf8'), FIXTURE, regions, articles, { asOf: '2026-11-01', recognizedBy: null });

describe('importMemorial', () => {
	it('reads names, cited articles, region, status, sentence and dates', () => {
		expect(result.rows.map((r) => [r.id, r.name_en, r.articles, r.case_category, r.region, r.status, r.sentence_years, r.arrested_on])).toEqual([
			['pyotr-vymyshlenov', 'Pyotr Vymyshlenov', ['uk-207.3'], 'antiwar_speech', 'RU-MOW', 'imprisoned', 7.5, '2022-03-05'],
			['anna-testova', 'Anna Testova', ['uk-280.3', 'koap-20.3.3'], 'antiwar_speech', 'RU-SPE', 'pretrial_detention', null, '2024-06-01']
		]);
		expect(result.rows[0]!.bio_ru).toBe('Вымышленный человек для теста.\nВторой абзац.');
		expect(result.rows[0]!.recognized_by).toBeNull();
	});

	it('rejects the rows it cannot read, with line and reason', () => {
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[5, 'region "Нарния" is not a region we know'],
			[6, 'article uk-999 is not in articles.csv; add it there first'],
			[7, 'arrested_on "31.02.2022" is not a date (dd.mm.yyyy)']
		]);
		expect(result.summary.rowsIn).toBe(5);
	});

	it('writes a prisoners.csv that passes data:check', () => {
		const csv = new TextEncoder().encode(canonicalCsv(resourceByName('prisoners')!, result.rows));
		const check = validatePackage(dataPackage, (r) => (r.name === 'prisoners' ? csv : readFileSync(`data/${r.path}`)));
		expect(check.issues).toEqual([]);
	});

	it('reads sentence lengths as lists write them', () => {
		expect(sentenceYears('лишение свободы на 5 лет 6 месяцев')).toBe(5.5);
		expect(sentenceYears('8,5 года колонии')).toBe(8.5);
		expect(sentenceYears('10 months')).toBe(0.83);
		expect(sentenceYears('заключение под стражу')).toBeNull();
	});
});
