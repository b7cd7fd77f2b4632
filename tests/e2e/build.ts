// What the end-to-end tests read, built at the same time (`npm run test:e2e` runs this first): the site, as CI
// publishes it (`npm run build` with SITE_URL, so its absolute link-preview tags are tested), and the three test sites
// (tests/e2e/sites/build.ts). The site's build keeps about 1.7 of a 2-core machine's cores busy; the test sites, built
// at a lower priority, take the rest: 159 s for the four on 2 cores, against about 196 s one after the other.
import { spawn } from 'node:child_process';
import { allBuilt } from '../../scripts/build-variant';
import { buildTestSites } from './sites/build';

/** The address the tests' site is built for: any, as long as it is absolute (meta.test.ts reads it from the pages). */
const SITE_URL = 'https://repression.example';

// The test sites' data is made first, before the site's build rewrites what the importers read (buildTestSites).
const testSites = buildTestSites([], { niceness: 10 });
const site = new Promise<void>((resolve, reject) => {
	const build = spawn('npm', ['run', 'build'], { env: { ...process.env, SITE_URL }, stdio: 'inherit' });
	build.on('error', reject);
	build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('the site did not build (npm run build)'))));
});
await allBuilt([site, testSites]);
