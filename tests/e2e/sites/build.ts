// `npm run build:test-sites`: builds the site again from data that is not the bundled demo, each into tmp/build-<name>/,
// for the end-to-end tests: hostile (script-like text in every text field), imported (real export layouts through the
// importers, as a team would publish them) and edge (the smallest valid data). Each is a variant of the site
// (scripts/build-variant.ts) with its own data directory and datapackage.json.
import { spawnSync } from 'node:child_process';
import { buildVariant } from '../../../scripts/build-variant';
import { makeEdgeData, EDGE_DATA } from './edge';
import { makeHostileData, HOSTILE_DATA } from './hostile';
import { makeImportedData, IMPORTED_DATA } from './imported';

export const TEST_SITES = {
	hostile: { data: HOSTILE_DATA, make: makeHostileData },
	imported: { data: IMPORTED_DATA, make: makeImportedData },
	edge: { data: EDGE_DATA, make: makeEdgeData }
};

export const siteRoot = (name: keyof typeof TEST_SITES) => `tmp/build-${name}`;

const wanted = process.argv.slice(2);
for (const [name, site] of Object.entries(TEST_SITES)) {
	if (wanted.length > 0 && !wanted.includes(name)) continue;
	site.make();
	const started = Date.now();
	const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', '--data', site.data], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`the ${name} test data does not pass data:check:\n${check.stdout}${check.stderr}`);
	buildVariant({ name, out: siteRoot(name as keyof typeof TEST_SITES), data: site.data }, { light: true });
	console.log(`test site ${name}: ${siteRoot(name as keyof typeof TEST_SITES)}/ in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
