// Makes tmp/imported-data the way an NGO data team would: the reference tables of data/, detentions imported from two
// OVD-Info exports in their real layouts (a Russia-wide file with cities in its region column, a Moscow file without
// one) and merged, prisoners imported from a spreadsheet kept by hand, and a datapackage.json that turns demo off and
// credits the team's own sources. The imported test site is built from it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalCsv } from '../../../src/lib/ingest/serialize';
import { resourceByName } from '../../../src/lib/schema/package';
import type { DataPackage } from '../../../src/lib/schema/types';

export const IMPORTED_DATA = 'tmp/imported-data';
/** What the test site's pages must credit, and nothing else. */
export const IMPORTED_SOURCES = {
	detentions: { title: 'Test Monitors Collective', title_ru: 'Тестовый коллектив наблюдателей', path: 'https://example.org/monitors' },
	prisoners: { title: 'Test Prisoner Support Group', title_ru: 'Тестовая группа поддержки' }
};
export const FIXTURES = {
	russia: 'tests/fixtures/import/ovdinfo-russia.csv',
	moscow: 'tests/fixtures/import/ovdinfo-moscow.csv',
	prisoners: 'tests/fixtures/import/prisoners-messy.csv'
};
/** The spreadsheet's Russian column names, as the README tells a team to map them. */
export const PRISONER_MAP = ['ФИО=name', 'Статьи=articles', 'Регион=region', 'Этап=stage', 'Приговор=measure', 'Биография=biography', 'Адрес для писем=letter_address', 'Год рождения=birth_year', 'Пол=gender', 'Дата ареста=arrested_on', 'Дата приговора=sentenced_on', 'Дата освобождения=released_on', 'Учреждение=facility', 'Ссылка=source_url'];

function npm(script: string, args: string[]): void {
	const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
	process.stdout.write(run.stdout);
}

export function makeImportedData(): void {
	rmSync(IMPORTED_DATA, { recursive: true, force: true });
	mkdirSync(IMPORTED_DATA, { recursive: true });
	const work = path.join(IMPORTED_DATA, 'imports');
	const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
	for (const resource of pkg.resources) {
		if (!['detentions', 'prisoners', 'changes'].includes(resource.name)) copyFileSync(path.join('data', resource.path), path.join(IMPORTED_DATA, resource.path));
	}
	npm('scripts/data-import.ts', ['--from', 'ovdinfo', FIXTURES.russia, '--id-prefix', 'ovd2013-', '--out', path.join(work, '2013')]);
	npm('scripts/data-import.ts', ['--from', 'ovdinfo', FIXTURES.moscow, '--region', 'Москва', '--id-prefix', 'ovd2012-', '--out', path.join(work, '2012')]);
	npm('scripts/data-merge.ts', [path.join(work, '2012', 'detentions.csv'), path.join(work, '2013', 'detentions.csv'), '--out', path.join(IMPORTED_DATA, 'detentions.csv')]);
	npm('scripts/data-import.ts', ['--from', 'prisoners', FIXTURES.prisoners, '--as-of', '2026-11-01', ...PRISONER_MAP.flatMap((m) => ['--map', m]), '--previous', path.join(work, 'nothing-published-yet'), '--out', path.join(work, 'prisoners')]);
	copyFileSync(path.join(work, 'prisoners', 'prisoners.csv'), path.join(IMPORTED_DATA, 'prisoners.csv'));
	copyFileSync(path.join(work, 'prisoners', 'changes.csv'), path.join(IMPORTED_DATA, 'changes.csv'));
	// The demo collections name demo people, whom a team's own list does not have: a team starts with none.
	for (const name of ['collections', 'collection_members']) writeFileSync(path.join(IMPORTED_DATA, `${name}.csv`), canonicalCsv(resourceByName(name)!, []));
	for (const resource of pkg.resources) {
		if (resource.name === 'detentions' || resource.name === 'prisoners' || resource.name === 'changes') {
			resource.demo = false;
			// The change log is the prisoner list's: data:import wrote it from that list.
			resource.sources = [IMPORTED_SOURCES[resource.name === 'changes' ? 'prisoners' : resource.name]];
			delete resource.licenses;
		}
	}
	writeFileSync(path.join(IMPORTED_DATA, 'datapackage.json'), JSON.stringify(pkg, null, 2));
}
