// `npm run build:test-sites`: builds the site again from data that is not the bundled demo, each into tmp/build-<name>/,
// for the end-to-end tests: hostile (script-like text in every text field), imported (real export layouts through the
// importers, as a team would publish them) and edge (the smallest valid data). Each is a variant of the site
// (scripts/build-variant.ts) with its own data directory and datapackage.json. They build at the same time: much of a
// build is one process's compiling and prerendering, so two or three together keep both cores of a small machine busy.
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
const started = Date.now();
const builds = Object.entries(TEST_SITES)
	.filter(([name]) => wanted.length === 0 || wanted.includes(name))
	.map(([name, site]) => {
		site.make();
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', '--data', site.data], { encoding: 'utf8' });
		if (check.status !== 0) throw new Error(`the ${name} test data does not pass data:check:\n${check.stdout}${check.stderr}`);
		return { name, site };
	})
	.map(async ({ name, site }) => {
		await buildVariant({ name, out: siteRoot(name as keyof typeof TEST_SITES), data: site.data }, { light: true });
		console.log(`test site ${name}: ${siteRoot(name as keyof typeof TEST_SITES)}/ at ${((Date.now() - started) / 1000).toFixed(0)} s`);
	});
// Every build ends before the first failure is reported: none is left running behind a failed command.
const failed = (await Promise.allSettled(builds)).find((result) => result.status === 'rejected');
if (failed) throw failed.reason;
