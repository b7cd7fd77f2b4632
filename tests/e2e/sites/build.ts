// `npm run build:test-sites`: builds the site again from data that is not the bundled demo, each into tmp/build-<name>/,
// for the end-to-end tests: hostile (script-like text in every text field), imported (real export layouts through the
// importers, as a team would publish them) and edge (the smallest valid data). Each is a variant of the site
// (scripts/build-variant.ts) with its own data directory and datapackage.json. They build at the same time: much of a
// build is one process's compiling and prerendering, so two or three together keep both cores of a small machine busy.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { allBuilt, buildVariant } from '../../../scripts/build-variant';
import { makeEdgeData, EDGE_DATA } from './edge';
import { makeHostileData, HOSTILE_DATA } from './hostile';
import { makeImportedData, IMPORTED_DATA } from './imported';

export const TEST_SITES = {
	hostile: { data: HOSTILE_DATA, make: makeHostileData },
	imported: { data: IMPORTED_DATA, make: makeImportedData },
	edge: { data: EDGE_DATA, make: makeEdgeData }
};
type TestSiteName = keyof typeof TEST_SITES;

export const siteRoot = (name: TestSiteName) => `tmp/build-${name}`;

/**
 * Makes the data of the test sites named (all by default) and checks it as data:check does, then builds them, all at
 * once, `niceness` lower in priority than this process. The data is made before this returns: the importers it runs
 * read the project's TypeScript paths, which a build of the site started afterwards may rewrite.
 */
export function buildTestSites(names: string[] = [], { niceness = 0 } = {}): Promise<void> {
	const started = Date.now();
	const sites = Object.entries(TEST_SITES).filter(([name]) => names.length === 0 || names.includes(name)) as [TestSiteName, (typeof TEST_SITES)[TestSiteName]][];
	for (const [name, site] of sites) {
		site.make();
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', '--data', site.data], { encoding: 'utf8' });
		if (check.status !== 0) throw new Error(`the ${name} test data does not pass data:check:\n${check.stdout}${check.stderr}`);
	}
	const builds = sites.map(async ([name, site]) => {
		await buildVariant({ name, out: siteRoot(name), data: site.data }, { light: true, niceness });
		console.log(`test site ${name}: ${siteRoot(name)}/ at ${((Date.now() - started) / 1000).toFixed(0)} s`);
	});
	return allBuilt(builds);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildTestSites(process.argv.slice(2));
