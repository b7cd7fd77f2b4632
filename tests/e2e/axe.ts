// axe-core's audit of a page as it is, for the end-to-end tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's script, given to the page through the test's own channel (DevTools): the page's CSP stays in force. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is, in the light scheme and then in the dark one, one line
 * each: the page restyles itself as it does for a reader whose system turns dark at night. axe gathers the violations
 * alone in full, not every element that passed (a third of its time on a page of charts).
 */
export async function violationsOf(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
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
