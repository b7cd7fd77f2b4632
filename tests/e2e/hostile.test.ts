// The site built from data with script-like text in every text field (tests/e2e/sites/hostile.ts): every page shows
// that text as text; nothing runs, no dialog opens, no element gains an event handler.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations } from './browser';
import { readCsv } from '../csvTotals';
import { HOSTILE_DATA, PRIVATE_FIELD } from './sites/hostile';
import { openTestSite, type TestSite } from './testSite';

const person = existsSync(`${HOSTILE_DATA}/prisoners.csv`) ? readCsv(`${HOSTILE_DATA}/prisoners.csv`)[0] : undefined;
const PAGES = ['/', '/ru/', '/detentions/', '/prisoners/', `/prisoners/${person?.id}/`, `/ru/prisoners/${person?.id}/`, '/data/', '/embed/detentions-by-region-map/', '/embed/detentions-over-time/'];

let site: TestSite;
let origin = '';
const dialogs: string[] = [];
beforeAll(async () => {
	site = await openTestSite('hostile');
	origin = site.origin;
	site.session.context.on('page', (page) =>
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		})
	);
});
afterAll(async () => {
	await site.close();
});

describe.concurrent('hostile text in every field', () => {
	it.for(PAGES)('%s shows it as text and runs nothing', async (path, { expect }) => {
		const page = await site.session.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		const state = await page.evaluate(() => ({
			xss: (window as unknown as { __xss?: number }).__xss ?? null,
			handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
			frames: document.querySelectorAll('iframe').length,
			scriptText: (document.body.textContent ?? '').includes('<script>')
		}));
		expect(state).toEqual({ xss: null, handlers: 0, frames: 0, scriptText: true });
		expect(await cspViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('hostile text', () => {
	it('opened no dialog and logged no console error', () => {
		expect(dialogs).toEqual([]);
		expect(site.session.consoleErrors).toEqual([]);
		expect(site.session.foreignRequests).toEqual([]);
	});
});

describe('hostile text in the change log', () => {
	it('stays text in the feeds: the Atom feed parses, its entries hold the script as words', async () => {
		const xml = await (await fetch(`${origin}/feeds/en/prisoners.atom`)).text();
		const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		expect(doc.querySelectorAll('entry script')).toHaveLength(0);
		expect([...doc.querySelectorAll('entry summary')].some((s) => (s.textContent ?? '').includes('<script>'))).toBe(true);
		const json = (await (await fetch(`${origin}/feeds/ru/prisoners.json`)).json()) as { items: { content_text: string }[] };
		expect(json.items.some((i) => i.content_text.includes('<script>'))).toBe(true);
	});
});

describe('a private field', () => {
	it('has its values in no file of the build: page, data file, card, index or download', () => {
		const values = readCsv(`${HOSTILE_DATA}/${PRIVATE_FIELD.resource}.csv`).map((row) => row[PRIVATE_FIELD.field]!);
		expect(values.length).toBeGreaterThan(0);
		const root = 'tmp/build-hostile';
		const leaks: string[] = [];
		for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const file = path.join(entry.parentPath, entry.name);
			// The values are ASCII: their bytes are the same in any encoding a file is in, so the bytes are searched.
			const bytes = readFileSync(file);
			for (const value of values) if (bytes.includes(value, 0, 'latin1')) leaks.push(`${path.relative(root, file)}: ${value}`);
		}
		expect(leaks).toEqual([]);
		const published = JSON.parse(readFileSync(`${root}/datapackage.json`, 'utf8')) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
		expect(published.resources.find((r) => r.name === PRIVATE_FIELD.resource)!.schema.fields.map((f) => f.name)).not.toContain(PRIVATE_FIELD.field);
	});
});
