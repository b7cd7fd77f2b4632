// The site built from data with script-like text in every text field (npm run build:hostile): every page shows
// that text as text; nothing runs, no dialog opens, no element gains an event handler.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve';
import { cspViolations, openBrowser, type Session } from './browser';
import { readCsv } from '../csvTotals';

const ROOT = 'tmp/build-hostile';
const person = existsSync('tmp/hostile-data/prisoners.csv') ? readCsv('tmp/hostile-data/prisoners.csv')[0] : undefined;
const PAGES = ['/', '/ru/', '/detentions/', '/prisoners/', `/prisoners/${person?.id}/`, `/ru/prisoners/${person?.id}/`, '/data/', '/embed/detentions-by-region-map/', '/embed/detentions-over-time/'];

describe('hostile text in every field', () => {
	let session: Session;
	let origin = '';
	let close = () => {};
	const dialogs: string[] = [];
	beforeAll(async () => {
		if (!existsSync(ROOT)) throw new Error(`${ROOT} is missing: run npm run build:hostile (npm run test:e2e does)`);
		const served = await serveStatic({ root: ROOT });
		origin = served.url;
		close = () => served.server.close();
		session = await openBrowser(origin);
		session.context.on('page', (page) => page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		}));
	});
	afterAll(async () => {
		await session.close();
		close();
	});

	it.each(PAGES)('%s shows it as text and runs nothing', async (path) => {
		const page = await session.newPage();
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

	it('opened no dialog and logged no console error', () => {
		expect(dialogs).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
		expect(session.foreignRequests).toEqual([]);
	});
});
