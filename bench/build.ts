// `npm run bench:build`: how the build's time and memory grow with the number of pages. Builds the site twice, the way
// `npm run build` does (data:check, vite build, scripts/precompress.ts), each as
// a variant into its own folder (scripts/build-variant.ts): (1) from the bundled data, (2) from the same data with
// 10,000 generated prisoners (two profile pages and two preview cards each). Measures each step's wall time and the
// peak resident memory of its whole process tree, prints a table and the ratios 10k ÷ bundled per page, checks them
// against the budgets below, and writes tmp/bench-build/results.json. `-- --only bundled` (or `10k`) builds one;
// `-- --prisoners N` changes the count. See bench/README.md, "Build time and memory".
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { buildStatsFile, type BuildStats } from '../scripts/build-progress';
import { prepareVariant } from '../scripts/build-variant';
import { DEFAULT_SEED, generatePrisoners, prisonersCsv, type ArticleRef } from '../scripts/generate-demo-data';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'tmp', 'bench-build');

/**
 * Budgets, 10k ÷ bundled: seconds per page (whole build, and the prerendering alone) and peak memory per page. A
 * build whose cost grows in proportion to its pages scores 1 or less (fixed costs, compiling and the DuckDB engine's
 * compression, are spread over more pages); 1.5 leaves room for the noise of a busy 2-core machine (bench/README.md).
 */
export const BUDGETS = { secondsPerPage: 1.5, prerenderSecondsPerPage: 1.5, memoryPerPage: 1.5 };

interface Step {
	name: string;
	seconds: number;
	/** Largest sum of the resident memory of the step's processes, sampled every 200 ms. */
	peakTreeMB: number;
}

interface SiteResult {
	site: string;
	prisoners: number;
	pages: number;
	cards: number;
	dataFiles: number;
	seconds: number;
	peakTreeMB: number;
	compileSeconds: number;
	prerenderSeconds: number;
	/** adapter-static: copying the site to its folder. */
	writeSeconds: number;
	steps: Step[];
}

// ---- memory: the resident set of a process and all its descendants, from /proc ----

const PAGE_BYTES = 4096;

function processTable(): Map<number, { ppid: number; rssPages: number }> {
	const table = new Map<number, { ppid: number; rssPages: number }>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The command name (2nd field) may hold spaces and parentheses: fields are counted after its last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			table.set(Number(entry), { ppid: Number(fields[1]), rssPages: Number(fields[21]) });
		} catch {
			// The process ended between the listing and the read.
		}
	}
	return table;
}

function treeResidentBytes(pid: number): number {
	const table = processTable();
	const children = new Map<number, number[]>();
	for (const [p, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), p]);
	let bytes = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop()!;
		bytes += (table.get(p)?.rssPages ?? 0) * PAGE_BYTES;
		stack.push(...(children.get(p) ?? []));
	}
	return bytes;
}

/** Runs a command, its output shown, and measures its wall time and the peak memory of its process tree. */
function run(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Step> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
		let peak = 0;
		const sample = () => {
			if (child.pid) peak = Math.max(peak, treeResidentBytes(child.pid));
		};
		const timer = setInterval(sample, 200);
		child.on('error', reject);
		child.on('exit', (code) => {
			clearInterval(timer);
			if (code !== 0) reject(new Error(`${name} failed (exit status ${code})`));
			else resolve({ name, seconds: (performance.now() - started) / 1000, peakTreeMB: peak / 1024 / 1024 });
		});
	});
}

// ---- the data ----

/** data/ with `count` generated prisoners in place of the bundled 300 (same generator, same seed). */
function makePrisonerData(dir: string, count: number): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync(path.join(root, 'data'), dir, { recursive: true });
	const read = (file: string) => Papa.parse<Record<string, string>>(readFileSync(path.join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
	const regions = read('regions.csv').map((r) => r.code!);
	const articles: ArticleRef[] = read('articles.csv').map((a) => ({ code: a.code!, charge_type: a.charge_type!, law: a.law! }));
	const rows = generatePrisoners({ seed: DEFAULT_SEED, regions, articles, scale: count / 300 });
	writeFileSync(path.join(dir, 'prisoners.csv'), prisonersCsv(rows));
}

// ---- one site ----

async function buildSite(site: string, data: string, prisoners: number): Promise<SiteResult> {
	const out = path.join(OUT, `site-${site}`);
	const variantDir = prepareVariant({ name: `bench-build-${site}`, out, data });
	console.log(`\n== ${site}: ${prisoners.toLocaleString('en-US')} prisoners, into ${path.relative(root, out)}/`);
	const tsx = ['--import', 'tsx'];
	const steps: Step[] = [];
	const started = performance.now();
	steps.push(await run('data:check', process.execPath, [...tsx, 'scripts/data-check.ts', '--data', data], root));
	steps.push(await run('vite build', 'npx', ['vite', 'build'], variantDir));
	const stats = JSON.parse(readFileSync(buildStatsFile(variantDir), 'utf8')) as BuildStats;
	// Run from the variant's folder, it finds that build's stats and ends with the same summary line as `npm run build`.
	steps.push(await run('precompress', process.execPath, [...tsx, path.join(root, 'scripts/precompress.ts'), out], variantDir));
	return {
		site,
		prisoners,
		pages: stats.pages,
		cards: stats.cards,
		dataFiles: stats.dataFiles,
		seconds: (performance.now() - started) / 1000,
		peakTreeMB: Math.max(...steps.map((s) => s.peakTreeMB)),
		compileSeconds: stats.compileMs / 1000,
		prerenderSeconds: stats.prerenderMs / 1000,
		writeSeconds: stats.writeMs / 1000,
		steps
	};
}

// ---- report ----

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(results: SiteResult[]): string {
	const head = ['site', 'pages', 'cards', 'data files', 'compile s', 'prerender s', 'adapter s', 'precompress s', 'total s', 'peak MB', 'ms/page', 'prerender ms/page', 'MB/page'];
	const rows = results.map((r) => [
		r.site,
		n(r.pages),
		n(r.cards),
		n(r.dataFiles),
		n(r.compileSeconds),
		n(r.prerenderSeconds),
		n(r.writeSeconds),
		n(r.steps.find((s) => s.name === 'precompress')?.seconds ?? 0),
		n(r.seconds),
		n(r.peakTreeMB),
		n((r.seconds * 1000) / r.pages),
		n((r.prerenderSeconds * 1000) / r.pages),
		n(r.peakTreeMB / r.pages, 2)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	return [head, ...rows].map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
	const prisoners = args.includes('--prisoners') ? Number(args[args.indexOf('--prisoners') + 1]) : 10_000;
	if (!Number.isInteger(prisoners) || prisoners < 1) throw new Error('--prisoners takes a whole number');
	if (!existsSync('/proc/self/stat')) throw new Error('bench:build reads memory from /proc: run it on Linux');
	mkdirSync(OUT, { recursive: true });

	const results: SiteResult[] = [];
	if (only !== '10k') results.push(await buildSite('bundled', path.join(root, 'data'), 300));
	if (only !== 'bundled') {
		const data = path.join(OUT, `data-${prisoners}`);
		makePrisonerData(data, prisoners);
		results.push(await buildSite('10k', data, prisoners));
	}

	console.log(`\n${table(results)}`);
	const output: Record<string, unknown> = { date: new Date().toISOString(), results };
	const [bundled, big] = results;
	let failed = false;
	if (bundled && big) {
		const ratios = {
			pages: big.pages / bundled.pages,
			secondsPerPage: big.seconds / big.pages / (bundled.seconds / bundled.pages),
			prerenderSecondsPerPage: big.prerenderSeconds / big.pages / (bundled.prerenderSeconds / bundled.pages),
			memoryPerPage: big.peakTreeMB / big.pages / (bundled.peakTreeMB / bundled.pages),
			/** Memory growth against page growth: 1 means the peak grows as fast as the pages. */
			memoryGrowthPerPageGrowth: big.peakTreeMB / bundled.peakTreeMB / (big.pages / bundled.pages)
		};
		output.ratios = ratios;
		console.log(`\n10k ÷ bundled: ${n(ratios.pages, 1)}× the pages, ${n(big.seconds / bundled.seconds, 1)}× the time, ${n(big.peakTreeMB / bundled.peakTreeMB, 1)}× the peak memory`);
		for (const key of Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>) {
			const ok = ratios[key] <= BUDGETS[key];
			failed ||= !ok;
			console.log(`  ${key.padEnd(24)} ${n(ratios[key], 2).padStart(6)}  budget ≤ ${BUDGETS[key]}  ${ok ? 'ok' : 'OVER BUDGET'}`);
		}
	}
	writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(output, null, '\t') + '\n');
	console.log(`\nwrote ${path.relative(root, path.join(OUT, 'results.json'))}`);
	if (failed) process.exitCode = 1;
}

await main();
