// The data:check command as a maintainer runs it: on the bundled package and on a broken export.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../../src/lib/ingest/package';
import { formatIssue } from '../../../src/lib/ingest/issues';
import { dataPackage } from '../../../src/lib/schema/package';

function dataCheck(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...args], { encoding: 'utf8' });
	return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run data:check', () => {
	it('passes on the bundled data', () => {
		const { code, err } = dataCheck();
		expect(err).toContain('data:check: no errors');
		expect(code).toBe(0);
	});

	it('fails on a broken file with one pointed error per line, foreign keys included', () => {
		const { code, out } = dataCheck('tests/fixtures/broken/detentions.csv');
		expect(code).toBe(1);
		const lines = out.trim().split('\n');
		expect(lines[0]).toBe('tests/fixtures/broken/detentions.csv:2:2: date: "2022-02-30" is not a date that exists (year-month-day)');
		expect(lines).toContain('tests/fixtures/broken/detentions.csv:8:3: region: "RU-XX" is not a code in regions.csv; use one listed there or add it there first');
		expect(lines).toContain('tests/fixtures/broken/detentions.csv:8:7: article: "koap-99.9" is not a code in articles.csv; the closest there: "koap-19.3". Use one listed there or add it there first');
		expect(lines.every((l) => /^tests\/fixtures\/broken\/detentions\.csv:\d+(:\d+)?: /.test(l))).toBe(true);
	});

	it('lists the private fields, and refuses a private key', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'private-'));
		try {
			cpSync('data', dir, { recursive: true });
			const pkg = structuredClone(dataPackage);
			const field = (resource: string, name: string) => pkg.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;
			field('prisoners', 'letter_address').private = true;
			field('regions', 'code').private = true;
			writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(pkg));
			const { code, out, err } = dataCheck('--data', dir);
			expect(err).toContain('private fields (checked, never published): regions.code, prisoners.letter_address');
			expect(out).toMatch(/datapackage\.json:1: regions\.code: a key cannot be private/);
			expect(out).not.toMatch(/letter_address: a key/);
			expect(code).toBe(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('names the closest known ids for an unknown person or collection, and refuses a person twice in one collection', () => {
		const { code, out } = dataCheck('tests/fixtures/broken/collection_members.csv');
		expect(code).toBe(1);
		const lines = out.trim().split('\n');
		const file = 'tests/fixtures/broken/collection_members.csv';
		expect(lines).toContain(`${file}:2:2: prisoner_id: "olga-burteninskaja" is not a id in prisoners.csv; the closest there: "olga-burteninskaya". Use one listed there or add it there first`);
		expect(lines).toContain(`${file}:3:1: collection: "demo-twelv" is not a slug in collections.csv; the closest there: "demo-twelve". Use one listed there or add it there first`);
		expect(lines).toContain(`${file}:5:1: collection + prisoner_id "demo-twelve | kirill-faltozhemin" is already used on line 4; each row needs its own`);
		expect(lines).toHaveLength(3);
	});

	it('refuses a file whose name matches no resource', () => {
		const { code, out } = dataCheck('package.json');
		expect(code).toBe(1);
		expect(out).toMatch(/does not match any resource/);
	});
});

describe('validatePackage', () => {
	it('keeps only rows whose codes exist, and says which rows it left out', () => {
		const broken = readFileSync('tests/fixtures/broken/detentions.csv');
		const check = validatePackage(dataPackage, (r) => (r.name === 'detentions' ? broken : readFileSync(`data/${r.path}`)));
		expect(check.tables.get('detentions')!.rows.map((r) => r.id)).toEqual(['b-8']);
		const fkIssues = check.issues.filter((i) => i.file === 'detentions.csv' && i.line === 8).map(formatIssue);
		expect(fkIssues).toHaveLength(2);
	});
});

describe('data:check on a malformed change log', () => {
	it('names the file, line and column of each problem and what to do', () => {
		const { code, out } = dataCheck('tests/fixtures/broken/changes.csv');
		expect(code).toBe(1);
		const lines = out.trim().split('\n');
		const file = 'tests/fixtures/broken/changes.csv';
		expect(lines).toEqual([
			`${file}:3:1: date: "2026-13-01" is not a date that exists (year-month-day)`,
			`${file}:4:2: person: "nobody-at-all" is not a id in prisoners.csv; use one listed there or add it there first`,
			`${file}:5:3: change: "freed" is not one of the allowed values: added, sentenced, released, status, corrected`,
			`${file}:6:1: date + person + change "2026-10-02 | ivan-demonov | added" is already used on line 2; each row needs its own`,
			`${file}:7:5: note_ru: a correction needs note_ru: say in a sentence what was corrected, since that is all its feed entry tells readers`
		]);
	});
});
