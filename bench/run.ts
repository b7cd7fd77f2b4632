// `npm run bench`: builds the site (and its naive variant), serves each compressed on 127.0.0.1 like a static host,
// drives headless Chromium, prints a table and writes bench/results.json. `--skip-build` reuses the last builds.
import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../scripts/serve';
import { openBrowser } from '../tests/e2e/browser';
import { measureDuckdbReady } from './duckdb';
import { engineView, measureFilterChanges } from './filter';
import { measureLcp, MOBILE } from './lcp';
import { chromiumResidentMB } from './memory';
import { buildNaiveSite } from './naive';
import { measurePlaceMatching } from './places';
import { measurePrisonerChanges } from './prisoners';
import { measureCombination, measureFirstFilter, measureIdleTransfer } from './slowLink';
import { makeManyPrisonersSite, makeMillionRowSite } from './site';
import { bytesOf, measureTransfer, type Transfer } from './transfer';
import { measureWorkbench } from './workbench';
import { median, p95, round1 } from './stats';

const CHANGES = 24;
const RUNS = { lcp: 7, naiveLcp: 5, transfer: 3, ready: 5, firstFilter: 5, idle: 3, workbenchLoads: 3, workbenchQueries: 15 };
/** How long /detentions/ is left alone on the slow link before its bytes are counted. */
const IDLE_MS = 10_000;
const NAIVE_SITE = 'bench/tmp/naive-site';
/** What the home page exists to show: its chart's line, prerendered on the site, drawn after DuckDB on the naive page. */
const DRAWN = '.series-line';
// Budgets that hold on any machine of this size: bytes, and ratios of times measured in the same run. Absolute times
// are reported beside them as information (bench/README.md). `min` budgets are floors.
const BUDGETS: Record<string, { max?: number; min?: number }> = {
	embedKB: { max: 60 },
	detentionsIdleKB: { max: 150 },
	firstFilterToLcpRatio: { max: 2 },
	combinationToFirstFilterRatio: { max: 2 },
	naiveLcpRatio: { min: 10 },
	filterP95Ratio_1M: { max: 3 },
	workbenchLcpRatio: { max: 1.5 },
	workbenchQueryRatio_1M: { max: 3 }
};
const args = new Set(process.argv.slice(2));

/** Serves `root` with no caching headers (every load a reader's first visit), opens Chromium on it, runs `task`, and
 *  closes both. */
async function withPage<T>(root: string, task: (page: Page, url: string) => Promise<T>): Promise<T> {
	const { server, url } = await serveStatic({ root, cacheable: false });
	const session = await openBrowser(url);
	try {
		return await task(await session.newPage(), url);
	} finally {
		await session.close();
		server.close();
	}
}

/** Loads `path` `RUNS.transfer` times; byte counts are the median of the runs. */
const transferOf = (root: string, path: string) =>
	withPage(root, async (page, url) => {
		const runs: Transfer[] = [];
		for (let i = 0; i < RUNS.transfer; i++) runs.push(await measureTransfer(page, `${url}${path}`));
		return runs;
	});
const kb = (runs: Transfer[], bytes: (t: Transfer) => number) => round1(median(runs.map(bytes)) / 1024);

// A view no page holds (engineView), so each change runs the queries. Memory is read with the data loaded and the
// last view drawn.
const filterBench = (root: string) =>
	withPage(root, async (page, url) => ({ ...(await measureFilterChanges(page, await engineView(page, url), CHANGES)), memoryMB: chromiumResidentMB() }));
const readyBench = (root: string) => withPage(root, async (page, url) => measureDuckdbReady(page, await engineView(page, url), RUNS.ready));

async function main() {
	if (!args.has('--skip-build')) {
		execSync('npm run build', { stdio: 'inherit' });
		await buildNaiveSite(NAIVE_SITE);
	}
	if (!existsSync(NAIVE_SITE)) throw new Error(`${NAIVE_SITE} is missing: run npm run bench without --skip-build once`);
	const results: Record<string, number | string> = {
		date: new Date().toISOString(),
		throttling: `LCP only: ${MOBILE.cpuSlowdown}x CPU slowdown, ${MOBILE.latencyMs} ms latency, ${MOBILE.downKbps} kbit/s down, ${MOBILE.upKbps} kbit/s up, ${MOBILE.viewport.width}x${MOBILE.viewport.height}`,
		changes: CHANGES
	};

	// First paint of the home page as built, and of the same page built the naive way, on a throttled mobile profile.
	const lcp = await withPage('build', (page, url) => measureLcp(page, `${url}/`, RUNS.lcp, DRAWN));
	const naive = await withPage(NAIVE_SITE, (page, url) => measureLcp(page, `${url}/`, RUNS.naiveLcp, DRAWN));
	results.homeLcpMs = round1(median(lcp));
	results.homeLcpP95Ms = round1(p95(lcp));
	results.naiveLcpMs = round1(median(naive));
	results.naiveLcpRatio = round1(median(naive) / median(lcp));
	// The workbench paints from its HTML too: its editor (a plain text area until CodeMirror loads) is what it shows.
	const workbenchLcp = await withPage('build', (page, url) => measureLcp(page, `${url}/data/sql/`, RUNS.lcp, '.sql-editor'));
	results.workbenchLcpMs = round1(median(workbenchLcp));
	results.workbenchLcpRatio = round1(median(workbenchLcp) / median(lcp));

	// The explorer on the same slow link: its first paint, a single value ticked at once, a combination, and its bytes
	// when only read.
	const explorerLcp = await withPage('build', (page, url) => measureLcp(page, `${url}/detentions/`, RUNS.lcp, DRAWN));
	const firstFilter = await withPage('build', (page, url) => measureFirstFilter(page, url, RUNS.firstFilter));
	results.detentionsLcpMs = round1(median(explorerLcp));
	results.firstFilterMs = round1(median(firstFilter));
	results.firstFilterP95Ms = round1(p95(firstFilter));
	results.firstFilterToLcpRatio = round1(median(firstFilter) / median(explorerLcp));
	// A combination of two values, counted from the cube's file in TypeScript: the engine stays where it was.
	results.combinationFilterMs = await withPage('build', (page, url) => measureCombination(page, url));
	results.combinationToFirstFilterRatio = round1(Number(results.combinationFilterMs) / median(firstFilter));
	const idle = await withPage('build', async (page, url) => {
		const runs: number[] = [];
		for (let i = 0; i < RUNS.idle; i++) runs.push(await measureIdleTransfer(page, url, IDLE_MS));
		return runs;
	});
	results.detentionsIdleKB = round1(median(idle) / 1024);

	// Bytes, compressed as served, of the default embed and of the home page by kind.
	const embed = await transferOf('build', '/embed/detentions-over-time/');
	results.embedKB = kb(embed, (t) => t.bytes);
	const home = await transferOf('build', '/');
	results.homeKB = kb(home, (t) => t.bytes);
	results.homeHtmlKB = kb(home, (t) => bytesOf(t, 'Document').bytes);
	results.homeHtmlRawKB = kb(home, (t) => bytesOf(t, 'Document').decodedBytes);
	results.homeJsKB = kb(home, (t) => bytesOf(t, 'Script').bytes);
	results.homeJsRawKB = kb(home, (t) => bytesOf(t, 'Script').decodedBytes);
	results.homeCssKB = kb(home, (t) => bytesOf(t, 'Stylesheet').bytes);
	results.homeCssInlineRawKB = kb(home, (t) => t.inlineCss);
	// The workbench page left alone: its HTML, the framework, the editor; no engine, no table.
	const workbenchPage = await transferOf('build', '/data/sql/');
	results.workbenchKB = kb(workbenchPage, (t) => t.bytes);
	results.workbenchJsKB = kb(workbenchPage, (t) => bytesOf(t, 'Script').bytes);
	// What the browser's DuckDB downloads: the engine (once) and the cube; and the cube's JSON, which the explorer
	// counts one or two values from without it.
	results.cubeKB = round1(statSync('build/data/detention-cube.arrow.br').size / 1024);
	results.cubeJsonKB = round1(statSync('build/data/detention-cube.json.br').size / 1024);
	results.duckdbEngineKB = round1(['duckdb-eh', 'duckdb-browser-eh.worker'].reduce((n, name) => n + statSync(assetPath(name)).size, 0) / 1024);

	const ready = await readyBench('build');
	results.duckdbReadyMs = round1(median(ready));
	const bundled = await filterBench('build');
	results.filterP95Ms = round1(p95(bundled.samples));
	results.filterMedianMs = round1(median(bundled.samples));
	results.filterQueryMedianMs = round1(median(bundled.querySamples));
	results.chromiumMemoryMB = bundled.memoryMB;
	const workbench = await withPage('build', (page, url) => measureWorkbench(page, url, RUNS.workbenchLoads, RUNS.workbenchQueries));
	results.workbenchFirstAnswerMs = round1(median(workbench.firstAnswerMs));
	results.workbenchQueryMs = round1(median(workbench.querySamples));
	results.workbenchQueryP95Ms = round1(p95(workbench.querySamples));
	results.workbenchTableKB = round1(statSync('build/data/tables/detentions.arrow.br').size / 1024);

	console.log('bench: generating ~1,000,000 detention rows…');
	const million = 'bench/tmp/site-1m';
	results.rows_1M = await makeMillionRowSite('build', million);
	results.cubeKB_1M = round1(statSync(`${million}/data/detention-cube.arrow.br`).size / 1024);
	results.duckdbReadyMs_1M = round1(median(await readyBench(million)));
	const big = await filterBench(million);
	results.filterP95Ms_1M = round1(p95(big.samples));
	results.filterMedianMs_1M = round1(median(big.samples));
	results.filterQueryMedianMs_1M = round1(median(big.querySamples));
	results.chromiumMemoryMB_1M = big.memoryMB;
	results.filterP95Ratio_1M = round1(p95(big.samples) / p95(bundled.samples));
	const bigWorkbench = await withPage(million, (page, url) => measureWorkbench(page, url, RUNS.workbenchLoads, RUNS.workbenchQueries));
	if (bigWorkbench.events !== results.rows_1M) throw new Error(`the workbench on the 1M-row site read ${bigWorkbench.events} events, not ${results.rows_1M}`);
	results.workbenchFirstAnswerMs_1M = round1(median(bigWorkbench.firstAnswerMs));
	results.workbenchQueryMs_1M = round1(median(bigWorkbench.querySamples));
	results.workbenchQueryP95Ms_1M = round1(p95(bigWorkbench.querySamples));
	results.workbenchQueryRatio_1M = round1(median(bigWorkbench.querySamples) / median(workbench.querySamples));
	results.workbenchTableKB_1M = round1(statSync(`${million}/data/tables/detentions.arrow.br`).size / 1024);
	// The generated data is ~300 times the bundled data; totals that are not much larger mean the big file was not used.
	if (Math.max(...big.totals) < 100 * Math.max(...bundled.totals)) throw new Error(`the 1M-row site did not query the 1M rows: totals ${big.totals.join(' ')} vs ${bundled.totals.join(' ')}`);

	console.log('bench: generating 10,000 prisoner profiles…');
	results.prisoners_10k = makeManyPrisonersSite('build', 'bench/tmp/site-10k', 10_000);
	const search = await withPage('bench/tmp/site-10k', (page, url) => measurePrisonerChanges(page, `${url}/prisoners/`, CHANGES));
	results.prisonerSearchP95Ms_10k = round1(p95(search));
	results.prisonerSearchMedianMs_10k = round1(median(search));

	// The importers: placing 100,000 names written in a region column (median of three).
	results.placeNames100kMs = round1(median([measurePlaceMatching(), measurePlaceMatching(), measurePlaceMatching()]));

	mkdirSync('bench', { recursive: true });
	writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
	console.table(results);
	for (const [key, { max, min }] of Object.entries(BUDGETS)) {
		const value = Number(results[key]);
		const within = (max === undefined || value <= max) && (min === undefined || value >= min);
		console.log(`${within ? 'within' : 'OVER  '} budget: ${key} = ${value} (${max !== undefined ? `at most ${max}` : `at least ${min}`})`);
		if (!within) process.exitCode = 1;
	}
}

/** The precompressed file of a built DuckDB asset whose name starts with `name`. */
function assetPath(name: string): string {
	const dir = 'build/_app/immutable/assets';
	const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith('.br'));
	if (!file) throw new Error(`no ${name}*.br in ${dir}`);
	return `${dir}/${file}`;
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
