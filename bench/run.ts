// `npm run bench`: builds the site, serves it compressed on 127.0.0.1 like a static host, drives headless
// Chromium and writes bench/results.json. `--skip-build` reuses build/.
import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../scripts/serve';
import { openBrowser } from '../tests/e2e/browser';
import { measureFilterChanges } from './filter';
import { chromiumResidentMB } from './memory';
import { measurePrisonerChanges } from './prisoners';
import { makeManyPrisonersSite, makeMillionRowSite } from './site';
import { measureTransfer } from './transfer';
import { median, p95, round1 } from './stats';

const CHANGES = 24;
const args = new Set(process.argv.slice(2));

/** Serves `root`, opens Chromium on it, runs `task`, and closes both. */
async function withPage<T>(root: string, task: (page: Page, url: string) => Promise<T>): Promise<T> {
	const { server, url } = await serveStatic({ root });
	const session = await openBrowser(url);
	try {
		return await task(await session.newPage(), url);
	} finally {
		await session.close();
		server.close();
	}
}

// Weekly periods keep every view off the prerendered one, so each change runs the queries. Memory is read with the
// data loaded and the last view drawn.
const filterBench = (root: string) =>
	withPage(root, async (page, url) => ({ ...(await measureFilterChanges(page, `${url}/detentions/?per=week`, CHANGES)), memoryMB: chromiumResidentMB() }));

async function main() {
	if (!args.has('--skip-build')) execSync('npm run build', { stdio: 'inherit' });
	const results: Record<string, number | string> = { date: new Date().toISOString(), changes: CHANGES };

	// Transfer of the default embed and of the home page, compressed, as a reader's browser receives them.
	const embed = await withPage('build', (page, url) => measureTransfer(page, `${url}/embed/detentions-over-time/`));
	const home = await withPage('build', (page, url) => measureTransfer(page, `${url}/`));
	results.embedKB = round1(embed.bytes / 1024);
	results.homeKB = round1(home.bytes / 1024);

	const bundled = await filterBench('build');
	results.filterP95Ms = round1(p95(bundled.samples));
	results.filterMedianMs = round1(median(bundled.samples));
	results.duckdbReadyMs = bundled.duckdbReadyMs;
	results.chromiumMemoryMB = bundled.memoryMB;

	console.log('bench: generating ~1,000,000 detention rows…');
	const rows = makeMillionRowSite('build', 'bench/tmp/site-1m');
	const million = await filterBench('bench/tmp/site-1m');
	results.rows_1M = rows;
	results.filterP95Ms_1M = round1(p95(million.samples));
	results.filterMedianMs_1M = round1(median(million.samples));
	results.duckdbReadyMs_1M = million.duckdbReadyMs;
	results.chromiumMemoryMB_1M = million.memoryMB;
	// The generated data is ~300 times the bundled data; totals that are not much larger mean the big file was not used.
	if (Math.max(...million.totals) < 100 * Math.max(...bundled.totals)) throw new Error(`the 1M-row site did not query the 1M rows: totals ${million.totals.join(' ')} vs ${bundled.totals.join(' ')}`);

	console.log('bench: generating 10,000 prisoner profiles…');
	results.prisoners_10k = makeManyPrisonersSite('build', 'bench/tmp/site-10k', 10_000);
	const search = await withPage('bench/tmp/site-10k', (page, url) => measurePrisonerChanges(page, `${url}/prisoners/`, CHANGES));
	results.prisonerSearchP95Ms_10k = round1(p95(search));
	results.prisonerSearchMedianMs_10k = round1(median(search));

	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
	console.table(results);
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
