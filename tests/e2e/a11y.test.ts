// Accessibility beyond the page kinds (whose audit is part of sweep.test.ts, on the same visit): the map's embed and
// the missing page, in either language and colour scheme; the workbench with an answer, its chart and an error; the
// filters from the keyboard alone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { violationsOf } from './axe';
import { afterBusy, launchBrowser } from './browser';

const origin = inject('baseUrl');
// The map's embed draws its tiles as links to the site in a new tab: a template of its own in all but name.
const PAGES = ['/embed/detentions-by-region-map/', '/ru/embed/detentions-by-region-map/', '/no-such-page/'];
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
});

describe.concurrent('accessibility', () => {
	it.for(PAGES)('%s has no WCAG 2.1 AA violation, light or dark', async (path, { expect }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		expect(await violationsOf(page)).toEqual([]);
		await context.close();
	});
});

describe('the keyboard', () => {
	it('the workbench with an answer, its chart and an error has no violation either, light or dark', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/ru/data/sql/`);
		await page.waitForSelector('.sql-editor[data-editor="codemirror"]');
		const drawn = (action: () => Promise<unknown>) => afterBusy(page, '.workbench', action);
		await drawn(() => page.locator('.actions .primary').click());
		const audit = () => violationsOf(page);
		expect(await audit()).toEqual([]);
		await page.locator('input[value=chart]').check();
		await page.waitForSelector('#wb-chart svg');
		expect(await audit()).toEqual([]);
		await page.locator('.cm-content').click();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.insertText('SELECT nope FROM detentions');
		await drawn(() => page.keyboard.press('ControlOrMeta+Enter'));
		expect(await audit()).toEqual([]);
		// Tab leaves the editor for the next control: it does not indent.
		await page.locator('.cm-content').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(true);
		await context.close();
	}, 120_000);

	it('filters the explorer from the keyboard alone', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/detentions/`, { waitUntil: 'networkidle' });
		await page.locator('.filter-panel [role=checkbox]').first().focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/charge/antiwar_speech/`);
		// Focus stays on the box, now ticked, on the value's own page.
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe('true');
		await context.close();
	});
});
