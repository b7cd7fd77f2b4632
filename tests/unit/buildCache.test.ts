// The build's reuse of earlier files, as a maintainer who fixes one row relies on it: a file is given back only while
// the code and every table or row it read are unchanged, a file that read one person's row is made again when that row
// changes and not when another's does, and reads of results computed once are credited to every file that uses them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeBuildCache, openBuildCache } from '../../src/lib/build/cache.server';
import { linkFile, linkTree } from '../../src/lib/build/link.js';
import { noteReads, remember, withReads } from '../../src/lib/build/reads.server';
import { bundledDatabase, cubeArrowStream, tableArrowStream } from '../../src/lib/db/node';
import { resourceByName } from '../../src/lib/schema/package';
import { prisonerById, regionList } from '../../src/lib/db/queries';
import { dataVersion } from '../../src/lib/workbench/dataVersion.server';

let root: string;
const digests = new Map<string, string>();

/** A project folder with compiled code, as SvelteKit leaves it before prerendering. */
function project(code: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'build-cache-'));
	for (const part of ['server', 'client']) {
		mkdirSync(path.join(dir, '.svelte-kit', 'output', part), { recursive: true });
		writeFileSync(path.join(dir, '.svelte-kit', 'output', part, 'index.js'), `${part}:${code}`);
	}
	return dir;
}

const page = (text: string) => new Response(text, { headers: { 'content-type': 'text/html' } });

beforeEach(() => {
	root = project('v1');
	digests.clear();
	digests.set('prisoners', 'p1').set('prisoners#a', 'a1').set('prisoners#b', 'b1').set('regions', 'r1');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build cache', () => {
	it('gives a file back while what it read is unchanged, and makes it anew when a read changes', async () => {
		const started = Date.now();
		const first = openBuildCache(root, () => new Map(digests), '');
		await first.keep('/prisoners/a/', page('<p>A</p>'), new Set(['prisoners#a', 'regions']));
		await first.keep('/prisoners/', page('<p>list</p>'), new Set(['prisoners']));
		closeBuildCache(root, started);

		digests.set('prisoners#b', 'b2').set('prisoners', 'p2');
		const second = openBuildCache(root, () => new Map(digests), '');
		expect(await second.reuse('/prisoners/a/')?.text()).toBe('<p>A</p>');
		expect(second.reuse('/prisoners/')).toBeNull();
		expect(second.reuse('/never-built/')).toBeNull();

		digests.set('regions', 'r2');
		expect(openBuildCache(root, () => new Map(digests), '').reuse('/prisoners/a/')).toBeNull();
	});

	it('reuses no page of a build stopped half-way, whose __data.json it never kept', async () => {
		await openBuildCache(root, () => new Map(digests), '').keep('/prisoners/', page('<p>list</p>'), new Set(['prisoners']));
		// No closeBuildCache: the build failed after this page.
		expect(openBuildCache(root, () => new Map(digests), '').reuse('/prisoners/')).toBeNull();
	});

	it('reuses nothing once the compiled code differs', async () => {
		await openBuildCache(root, () => new Map(digests), '').keep('/', page('home'), new Set(['regions']));
		writeFileSync(path.join(root, '.svelte-kit', 'output', 'client', 'index.js'), 'client:v2');
		expect(openBuildCache(root, () => new Map(digests), '').reuse('/')).toBeNull();
	});

	it('keeps a page’s __data.json at the build’s end and puts it back with the page', async () => {
		const dependencies = path.join(root, '.svelte-kit', 'output', 'prerendered', 'dependencies');
		const started = Date.now();
		await openBuildCache(root, () => new Map(digests), '').keep('/ru/data/', page('data'), new Set(['regions']));
		mkdirSync(path.join(dependencies, 'ru', 'data'), { recursive: true });
		writeFileSync(path.join(dependencies, 'ru', 'data', '__data.json'), '{"type":"data"}');
		closeBuildCache(root, started);

		rmSync(dependencies, { recursive: true });
		expect(openBuildCache(root, () => new Map(digests), '').reuse('/ru/data/')).not.toBeNull();
		expect(readFileSync(path.join(dependencies, 'ru', 'data', '__data.json'), 'utf8')).toBe('{"type":"data"}');
	});

	it('removes at the build’s end what no response of the build used', async () => {
		await openBuildCache(root, () => new Map(digests), '').keep('/old/', page('old'), new Set());
		const { removed } = closeBuildCache(root, Date.now() + 10_000);
		expect(removed).toBeGreaterThan(0);
		expect(openBuildCache(root, () => new Map(digests), '').reuse('/old/')).toBeNull();
	});
});

describe('reads', () => {
	it('are noted for every query of the build’s database, one row where a query names one', async () => {
		const db = await bundledDatabase();
		const [{ result: person, reads }] = await Promise.all([withReads(() => prisonerById(db, 'ivan-demonov'))]);
		expect(person?.id).toBe('ivan-demonov');
		expect([...reads]).toEqual(['prisoners#ivan-demonov']);
		expect([...(await withReads(() => regionList(db))).reads]).toEqual(['regions']);
		// The workbench's table files and the explorer's cube, which a rebuild once left stale.
		expect([...(await withReads(() => tableArrowStream(db, resourceByName('prisoners')!))).reads]).toEqual(['prisoners']);
		expect([...(await withReads(() => cubeArrowStream(db))).reads].sort()).toEqual(['articles', 'detentions']);
	});

	it('of a result computed once are credited to every response that uses it', async () => {
		const shared = new WeakMap<object, { value: Promise<number>; reads: Set<string> }>();
		const key = {};
		const make = async () => {
			noteReads(['figures']);
			return 42;
		};
		const first = await withReads(() => remember(shared, key, make));
		const second = await withReads(() => remember(shared, key, make));
		expect([first.result, second.result]).toEqual([42, 42]);
		expect([...first.reads]).toEqual(['figures']);
		expect([...second.reads]).toEqual(['figures']);
	});

	it('of a data version are what it is drawn from, each time it is asked for', async () => {
		// Cited in pages and metadata.json: a rebuild after a one-row fix once kept the old version in 6,663 files.
		const cases: [string?, string?][] = [[], ['detentions'], ['prisoners', 'ivan-demonov']];
		for (const [resource, key] of cases) {
			const first = await withReads(() => dataVersion(resource, key));
			const again = await withReads(() => dataVersion(resource, key));
			expect(again.result).toBe(first.result);
			expect([...again.reads].sort()).toEqual([...first.reads].sort());
		}
		const reads = async (resource?: string, key?: string) => [...(await withReads(() => dataVersion(resource, key))).reads].sort();
		expect(await reads('detentions')).toEqual(['articles', 'detentions', 'event_types', 'regions', 'topics']);
		// A profile's version is that person's: fixing another's row leaves it, and the profile's files, as they were.
		expect(await reads('prisoners', 'ivan-demonov')).toEqual(['articles', 'prisoners#ivan-demonov', 'regions']);
		expect(await reads()).toContain('changes');
		const versions = [dataVersion(), dataVersion('detentions'), dataVersion('prisoners', 'ivan-demonov'), dataVersion('prisoners', 'ivan-svororyanov')];
		expect(new Set(versions).size).toBe(4);
	});
});

describe('links', () => {
	it('put a folder’s files in another, and replacing one there leaves the original as it was', () => {
		const from = path.join(root, 'from');
		const to = path.join(root, 'to');
		mkdirSync(path.join(from, 'ru', 'data'), { recursive: true });
		writeFileSync(path.join(from, 'index.html'), 'home');
		writeFileSync(path.join(from, 'ru', 'data', '__data.json'), '{}');
		mkdirSync(to);
		writeFileSync(path.join(to, 'index.html'), 'an older build');

		expect(linkTree(from, to).sort()).toEqual(['index.html', 'ru/data/__data.json']);
		expect(readFileSync(path.join(to, 'index.html'), 'utf8')).toBe('home');
		expect(readFileSync(path.join(to, 'ru', 'data', '__data.json'), 'utf8')).toBe('{}');

		// The next build's file takes the name's place instead of writing through the link into the cache's copy.
		writeFileSync(path.join(root, 'next.html'), 'home, rebuilt');
		linkFile(path.join(root, 'next.html'), path.join(to, 'index.html'));
		expect(readFileSync(path.join(to, 'index.html'), 'utf8')).toBe('home, rebuilt');
		expect(readFileSync(path.join(from, 'index.html'), 'utf8')).toBe('home');
	});
});
