// The build puts many files in two places: a page's __data.json between the build cache and SvelteKit's output
// (cache.server.ts), every prerendered file in build/ (the adapter), each compressed copy from its cache in build/
// (scripts/precompress.ts). Those are hard links, not copies: the same bytes under a second name cost a directory
// entry instead of a write. A rebuild that changed nothing took 12 s to put the site in build/ with copies, 3 s with
// links. Only files nobody writes to again are linked: the caches write a new file and rename it over the old one,
// SvelteKit empties its output and the adapter build/ before writing. Where the file system cannot link (the cache on
// another device), the file is copied.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Puts `from` at `to` as a hard link, replacing a file already there (never writing through it: it may be a link).
 * @param {string} from
 * @param {string} to
 */
export function linkFile(from, to) {
	try {
		linkSync(from, to);
	} catch (error) {
		const code = /** @type {NodeJS.ErrnoException} */ (error).code;
		if (code === 'EEXIST') {
			rmSync(to);
			linkFile(from, to);
		} else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') copyFileSync(from, to);
		else throw error;
	}
}

/**
 * Links every file under the folder `from` to the same place under `to`; returns their paths relative to `to`.
 * @param {string} from
 * @param {string} to
 * @returns {string[]}
 */
export function linkTree(from, to) {
	/** @type {string[]} */
	const linked = [];
	/** @param {string} relative */
	const walk = (relative) => {
		mkdirSync(path.join(to, relative), { recursive: true });
		for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
			const name = path.posix.join(relative, entry.name);
			if (entry.isDirectory()) walk(name);
			else {
				linkFile(path.join(from, name), path.join(to, name));
				linked.push(name);
			}
		}
	};
	walk('');
	return linked;
}

/**
 * An adapter (adapter-static, in svelte.config.js) whose prerendered files are linked into the site's folder rather
 * than copied: SvelteKit's `writePrerendered` with linkTree in place of its copy.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function linkingPrerendered(adapter) {
	return {
		...adapter,
		adapt: (builder) =>
			adapter.adapt({
				...builder,
				writePrerendered(dest) {
					const source = path.join(builder.config.kit.outDir, 'output', 'prerendered');
					return ['pages', 'dependencies', 'data'].filter((part) => existsSync(path.join(source, part))).flatMap((part) => linkTree(path.join(source, part), dest));
				}
			})
	};
}
