// Accessibility: axe-core (WCAG 2.1 A and AA) finds nothing on any page or embed, in either language or colour
// scheme; the filters work from the keyboard alone.
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBEDDABLE_CHARTS } from '../../src/lib/embed/charts';
import { CHROMIUM } from './browser';

const origin = inject('baseUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['/', '/detentions/', '/detentions/region/RU-MOW/', '/prisoners/', '/prisoners/ivan-demonov/', '/data/', '/data/sql/', ...EMBEDDABLE_CHARTS.map((c) => `/embed/${c.id}/`)];
const CASES = PAGES.flatMap((p) => [p, `/ru${p}`]).flatMap((p) => [[p, 'light'] as const, [p, 'dark'] as const]);

describe('accessibility', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each(CASES)('%s (%s) has no WCAG 2.1 AA violation', async (path, scheme) => {
		// The audit script is injected for the test only, so the page's CSP is bypassed in this context.
		const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
		const page = await context.newPage();
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await page.addScriptTag({ path: AXE });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await context.close();
	});

	it.each(['light', 'dark'] as const)('the workbench with an answer, its chart and an error (%s) has no violation either', async (scheme) => {
		const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
		const page = await context.newPage();
		await page.goto(`${origin}/ru/data/sql/`);
		await page.waitForSelector('.sql-editor[data-editor="codemirror"]');
		const drawn = async (action: () => Promise<unknown>) => {
			const before = await page.locator('.workbench').getAttribute('data-version');
			await action();
			await expect.poll(() => page.locator('.workbench').getAttribute('data-version'), { timeout: 60_000 }).not.toBe(before);
		};
		await drawn(() => page.locator('.actions .primary').click());
		await page.addScriptTag({ path: AXE });
		const audit = () =>
			page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
				const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
				return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
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
		await page.goto(`${origin}/detentions/`);
		await page.locator('.filter-panel [role=checkbox]').first().focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.url()).toBe(`${origin}/detentions/charge/antiwar_speech/`);
		// Focus stays on the box, now ticked, on the value's own page.
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-checked'))).toBe('true');
		await context.close();
	});
});
