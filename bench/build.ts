// `npm run bench:build`: what a build costs, cold and again, and how it grows with the number of pages. Builds the
// site the way `npm run build` does (data:check, then vite build, which prerenders, writes and compresses), each as a
// variant into its own folder (scripts/build-variant.ts):
//   1. the bundled data, cold: no file of an earlier build to reuse (its caches emptied);
//   2. the same again, nothing changed;
//   3. after one prisoner's row changed;
//   4. that data cold, to check that the rebuild of (3) wrote the very bytes a cold build writes;
//   5. 10,000 generated prisoners (two profile pages and two preview cards each), cold.
// Measures each build's wall time and the peak resident memory of its whole process tree, prints a table, checks the
// budgets below and writes tmp/bench-build/results.json. `-- --only bundled` (or `10k`) builds one; `-- --prisoners N`
// changes the count. See bench/README.md, "Build time and memory".
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { buildStatsFile, type BuildStats } from '../scripts/build-progress';
import { prepareVariant } from '../scripts/build-variant';
import { changesCsv, DEFAULT_SEED, generateChanges, generatePrisoners, prisonersCsv, type ArticleRef } from '../scripts/generate-demo-data';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'tmp', 'bench-build');

/**
 * Budgets, 10k ÷ bundled: seconds per page (whole build, and the prerendering alone) and peak memory per page. A
 * build whose cost grows in proportion to its pages scores 1 or less (fixed costs, compiling and the DuckDB engine's
 * compression, are spread over more pages); 1.5 leaves room for the noise of a busy 2-core machine (bench/README.md).
 */
export const BUDGETS = { secondsPerPage: 1.5, prerenderSecondsPerPage: 1.5, memoryPerPage: 1.5 };

/** A rebuild's time ÷ the cold build's, and the 10k build's limits (issue 21's targets). */
export const REBUILD_BUDGETS = { unchanged: 0.25, oneRow: 0.4 };
export const BIG_BUDGETS = { seconds: 600, peakMB: 2048 };

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
	compressSeconds: number;
	/** Files given back from the build before. */
	reused: number;
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
	// Their change log, as the demo's: the feeds' work grows with it.
	writeFileSync(path.join(dir, 'changes.csv'), changesCsv(generateChanges(rows, DEFAULT_SEED)));
	// Collections keep the people the generated list still has: a member it lacks would fail data:check.
	const ids = new Set(rows.map((r) => r.id));
	const members = Papa.parse<Record<string, string>>(readFileSync(path.join(dir, 'collection_members.csv'), 'utf8'), { header: true, skipEmptyLines: true });
	const kept = members.data.filter((m) => ids.has(m.prisoner_id!));
	writeFileSync(path.join(dir, 'collection_members.csv'), Papa.unparse(kept, { columns: members.meta.fields, newline: '\n' }) + '\n');
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
		compressSeconds: stats.compressMs / 1000,
		reused: stats.reused,
		steps
	};
}

/** Empties what a build reuses: the files of earlier builds (site-build) and the compressed copies (precompress). */
function emptyCaches(): void {
	for (const cache of ['site-build', 'precompress']) rmSync(path.join(root, 'node_modules', '.cache', cache), { recursive: true, force: true });
}

/** A copy of data/ with one prisoner's English biography changed: a maintainer's typical fix. */
function makeOneRowChange(dir: string): string {
	rmSync(dir, { recursive: true, force: true });
	cpSync(path.join(root, 'data'), dir, { recursive: true });
	const file = path.join(dir, 'prisoners.csv');
	const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
	const row = parsed.data[Math.floor(parsed.data.length / 2)]!;
	row.bio_en = `${row.bio_en ?? ''} (Corrected.)`.trim();
	writeFileSync(file, Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' }) + '\n');
	return row.id!;
}

/** Files that differ between two built sites, by path (a file in one and not the other counts). */
function differences(a: string, b: string): string[] {
	const list = (dir: string): Map<string, string> => {
		const out = new Map<string, string>();
		const walk = (d: string) => {
			for (const entry of readdirSync(d, { withFileTypes: true })) {
				const full = path.join(d, entry.name);
				if (entry.isDirectory()) walk(full);
				else out.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
			}
		};
		walk(dir);
		return out;
	};
	const [left, right] = [list(a), list(b)];
	return [...new Set([...left.keys(), ...right.keys()])].filter((file) => left.get(file) !== right.get(file)).sort();
}

// ---- report ----

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(results: SiteResult[]): string {
	const head = ['build', 'pages', 'cards', 'data files', 'reused', 'compile s', 'prerender s', 'adapter s', 'compress s', 'total s', 'peak MB', 'ms/page', 'prerender ms/page', 'MB/page'];
	const rows = results.map((r) => [
		r.site,
		n(r.pages),
		n(r.cards),
		n(r.dataFiles),
		n(r.reused),
		n(r.compileSeconds),
		n(r.prerenderSeconds),
		n(r.writeSeconds),
		n(r.compressSeconds),
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
	const output: Record<string, unknown> = { date: new Date().toISOString(), results };
	let failed = false;
	const check = (name: string, value: number, budget: number, unit = '') => {
		const ok = value <= budget;
		failed ||= !ok;
		console.log(`  ${name.padEnd(28)} ${n(value, unit ? 0 : 2).padStart(7)}${unit}  budget ≤ ${n(budget, unit ? 0 : 2)}${unit}  ${ok ? 'ok' : 'OVER BUDGET'}`);
	};
	if (only !== '10k') {
		emptyCaches();
		const cold = await buildSite('bundled', path.join(root, 'data'), 300);
		results.push(cold);
		const again = await buildSite('bundled', path.join(root, 'data'), 300);
		results.push({ ...again, site: 'bundled, nothing changed' });
		const edited = path.join(OUT, 'data-one-row');
		const person = makeOneRowChange(edited);
		const oneRow = await buildSite('bundled', edited, 300);
		results.push({ ...oneRow, site: `bundled, one row changed (${person})` });
		const rebuilt = path.join(OUT, 'rebuilt');
		rmSync(rebuilt, { recursive: true, force: true });
		cpSync(path.join(OUT, 'site-bundled'), rebuilt, { recursive: true });
		emptyCaches();
		const coldEdited = await buildSite('bundled', edited, 300);
		results.push({ ...coldEdited, site: 'bundled, one row changed, cold' });
		const differ = differences(rebuilt, path.join(OUT, 'site-bundled'));
		output.rebuildDiffers = differ;
		console.log(`\nthe rebuild after one row changed ${differ.length === 0 ? 'is byte for byte the cold build' : `differs from the cold build in ${differ.length} files: ${differ.slice(0, 10).join(', ')}`}`);
		failed ||= differ.length > 0;
		output.rebuildRatios = { unchanged: again.seconds / cold.seconds, oneRow: oneRow.seconds / cold.seconds };
	}
	if (only !== 'bundled') {
		const data = path.join(OUT, `data-${prisoners}`);
		makePrisonerData(data, prisoners);
		emptyCaches();
		results.push(await buildSite('10k', data, prisoners));
	}

	console.log(`\n${table(results)}\n`);
	const bundled = results.find((r) => r.site === 'bundled');
	const big = results.find((r) => r.site === '10k');
	const rebuild = output.rebuildRatios as { unchanged: number; oneRow: number } | undefined;
	if (rebuild) {
		check('nothing changed ÷ cold', rebuild.unchanged, REBUILD_BUDGETS.unchanged);
		check('one row changed ÷ cold', rebuild.oneRow, REBUILD_BUDGETS.oneRow);
	}
	if (big) {
		check('10k build', big.seconds, BIG_BUDGETS.seconds, ' s');
		check('10k peak memory', big.peakTreeMB, BIG_BUDGETS.peakMB, ' MB');
	}
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
		console.log(`10k ÷ bundled: ${n(ratios.pages, 1)}× the pages, ${n(big.seconds / bundled.seconds, 1)}× the time, ${n(big.peakTreeMB / bundled.peakTreeMB, 1)}× the peak memory`);
		for (const key of Object.keys(BUDGETS) as Array<keyof typeof BUDGETS>) check(key, ratios[key], BUDGETS[key]);
	}
	writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(output, null, '\t') + '\n');
	console.log(`\nwrote ${path.relative(root, path.join(OUT, 'results.json'))}`);
	if (failed) process.exitCode = 1;
}

await main();
