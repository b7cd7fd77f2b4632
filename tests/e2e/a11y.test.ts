// Accessibility: axe-core (WCAG 2.1 A and AA) finds nothing on one page of every kind the site publishes (the
// manifest's), the map's embed and the missing page, in either language or colour scheme; the filters work from the
// keyboard alone. Pages of one kind share one template, so one of each is audited; audits run a few at a time.
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { afterBusy, CHROMIUM } from './browser';
import { pagesToVisit } from './pages';

const origin = inject('baseUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// The map's embed draws its tiles as links to the site in a new tab: a template of its own in all but name.
const PAGES = [...(await pagesToVisit()), '/embed/detentions-by-region-map/', '/ru/embed/detentions-by-region-map/', '/no-such-page/'];
let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
afterAll(async () => {
	await browser.close();
});

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is, in the light scheme and then in the dark one, one line
 * each: the page restyles itself as it does for a reader whose system turns dark at night. axe gathers the violations
 * alone in full, not every element that passed (a third of its time on a page of charts).
 */
async function violationsOf(page: Page): Promise<string[]> {
	const found: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		if (!(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme))) found.push(`${scheme}: the page is not in this scheme`);
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'] });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		found.push(...violations.map((v) => `${scheme}: ${v}`));
	}
	return found;
}

describe.concurrent('accessibility', () => {
	// Each page is loaded once and audited in both schemes.
	it.for(PAGES)('%s has no WCAG 2.1 AA violation, light or dark', async (path, { expect }) => {
		// The audit script is injected for the test only, so the page's CSP is bypassed in this context.
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await page.addScriptTag({ path: AXE });
		expect(await violationsOf(page)).toEqual([]);
		await context.close();
	});
});

describe('the keyboard', () => {
	it('the workbench with an answer, its chart and an error has no violation either, light or dark', async () => {
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${origin}/ru/data/sql/`);
		await page.waitForSelector('.sql-editor[data-editor="codemirror"]');
		const drawn = (action: () => Promise<unknown>) => afterBusy(page, '.workbench', action);
		await drawn(() => page.locator('.actions .primary').click());
		await page.addScriptTag({ path: AXE });
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
