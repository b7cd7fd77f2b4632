// Builds the site from the same code into another folder, from other data or other routes: the test sites and the
// benchmark's naive page. The app's own configuration has no switches for this. A variant is a folder under
// tmp/variants/ that links to src/, static/, node_modules/ and package.json, has its own data/ (a link to the variant's
// data), and a svelte.config.js that takes the app's and changes only where the site is written and, for the
// benchmark, where the routes are; vite builds it there, so its .svelte-kit/ leaves the app's alone. A variant builds
// quietly (BUILD_PROGRESS=quiet, scripts/build-progress.ts): warnings and errors only.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Variant {
	/** Names tmp/variants/<name>/. */
	name: string;
	/** Folder the site is written to. */
	out: string;
	/** Data directory with a datapackage.json and its CSV files; data/ by default. */
	data?: string;
	/** A copy of src/routes to build instead. */
	routes?: string;
	/** Prerender options changed from the app's (the naive page's anchors exist only once its scripts run). */
	prerender?: Record<string, string>;
}

const root = path.resolve(import.meta.dirname, '..');

/** Writes tmp/variants/<name>/ and returns it: `npx vite build` there builds the variant. */
export function prepareVariant(variant: Variant): string {
	const dir = path.join(root, 'tmp', 'variants', variant.name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const shared of ['src', 'static', 'node_modules', 'package.json']) symlinkSync(path.join(root, shared), path.join(dir, shared));
	symlinkSync(path.resolve(root, variant.data ?? 'data'), path.join(dir, 'data'));
	const out = path.resolve(root, variant.out);
	const routes = variant.routes ? `files: { ...app.kit.files, routes: ${JSON.stringify(path.resolve(root, variant.routes))} },` : '';
	const prerender = variant.prerender ? `prerender: { ...app.kit.prerender, ...${JSON.stringify(variant.prerender)} },` : '';
	writeFileSync(
		path.join(dir, 'svelte.config.js'),
		`// Made by scripts/build-variant.ts: the app's configuration, written to ${variant.out}.
import app, { siteAdapter } from ${JSON.stringify(path.join(root, 'svelte.config.js'))};

export default { ...app, kit: { ...app.kit, ${routes} ${prerender} adapter: siteAdapter(${JSON.stringify(out)}) } };
`
	);
	writeFileSync(path.join(dir, 'vite.config.ts'), `export { default } from ${JSON.stringify(path.join(root, 'vite.config.ts'))};\n`);
	return dir;
}

/** Waits for every build to end, then fails with the first failure: none is left running behind a failed command. */
export async function allBuilt(builds: Promise<void>[]): Promise<void> {
	const failed = (await Promise.allSettled(builds)).find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
}

/**
 * Builds a variant quietly; `light` (the test sites) draws no card and compresses nothing (BUILD_LIGHT=1); `niceness`
 * above 0 runs it at that much lower a priority (`nice`), to use only the processor time another build leaves.
 */
export function buildVariant(variant: Variant, { light = false, niceness = 0 } = {}): Promise<void> {
	const dir = prepareVariant(variant);
	const env = { ...process.env, BUILD_PROGRESS: 'quiet', ...(light ? { BUILD_LIGHT: '1' } : {}) };
	const command = ['npx', 'vite', 'build', '--logLevel', 'warn'];
	if (niceness > 0) command.unshift('nice', '-n', String(niceness));
	const build = spawn(command[0]!, command.slice(1), { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
	return new Promise((resolve, reject) => {
		build.on('error', reject);
		build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the ${variant.name} variant of the site did not build`))));
	});
}
