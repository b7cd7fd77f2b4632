// Builds the naive variant of the site for naiveLcpMs: the same routes and components, except that the home page is
// not prerendered and gets its data from DuckDB-WASM in the browser (naive/home-page.ts).
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildVariant } from '../scripts/build-variant';
import { precompressSite } from '../scripts/precompress';

const HOME = '[[lang=lang]]/(site)';

export async function buildNaiveSite(outDir: string): Promise<void> {
	const routes = 'bench/tmp/naive-routes';
	rmSync(routes, { recursive: true, force: true });
	cpSync('src/routes', routes, { recursive: true });
	rmSync(path.join(routes, HOME, '+page.server.ts'));
	copyFileSync('bench/naive/home-page.ts', path.join(routes, HOME, '+page.ts'));
	// Its home page is drawn in the browser, so links into it (the figure embeds' "#series-…") find no id at build time.
	await buildVariant({ name: 'naive', out: outDir, routes, prerender: { handleMissingId: 'ignore' } });
	// Compressed as the real build is, so that the two differ only in where the home page's data comes from.
	await precompressSite(outDir, { quiet: true });
}
