// What a reader on a slow phone link meets on /detentions/ (Lighthouse's mobile profile, lcp.ts): a single-value
// filter clicked as soon as the boxes show (before the page has hydrated, or after: whichever it meets), a combination
// of two (counted from the cube's JSON, without the query engine), and the bytes the page costs when left alone.
import type { Page } from 'playwright-core';
import { throttleLikeMobile } from './lcp';
import { measureTransfer } from './transfer';

/** Waits until the page's charts say they are filtered to each of `words` and nothing is pending, then two frames. */
async function drawn(page: Page, words: string[], timeout: number): Promise<void> {
	await page.waitForFunction(
		(w) => {
			const explorer = document.querySelector('.explorer');
			const subtitle = explorer?.querySelector('.chart-frame .subtitle')?.textContent ?? '';
			return !!explorer && !explorer.classList.contains('pending') && w.every((word) => subtitle.includes(word));
		},
		words,
		{ timeout }
	);
	await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * `runs` first visits of /detentions/: the reader opens the filters and ticks the first charge type the moment it is
 * on screen, before or after the page hydrates, whichever it meets; timed from the click to that value's charts drawn.
 */
export async function measureFirstFilter(page: Page, url: string, runs: number): Promise<number[]> {
	await throttleLikeMobile(page);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		await page.goto('about:blank');
		await page.goto(`${url}/detentions/`, { waitUntil: 'commit' });
		// A phone shows the filters behind one button.
		await page.locator('.filter-drawer > summary').click();
		const box = page.locator('fieldset.checks [role=checkbox]').first();
		await box.waitFor({ state: 'visible' });
		const name = (await box.textContent())!.trim();
		const started = Date.now();
		await box.click();
		await drawn(page, [name], 120_000);
		samples.push(Date.now() - started);
	}
	return samples;
}

/** From a single value's page, hydrated, a second filter: a combination no page holds, counted from the cube's JSON. */
export async function measureCombination(page: Page, url: string): Promise<number> {
	await throttleLikeMobile(page);
	await page.goto('about:blank');
	await page.goto(`${url}/detentions/charge/protest/`, { waitUntil: 'networkidle' });
	await page.locator('.filter-drawer > summary').click();
	const second = page.locator('fieldset.checks').nth(1).locator('[role=checkbox]').first();
	const names = ['Protest', (await second.textContent())!.trim()];
	const started = Date.now();
	await second.click();
	await drawn(page, names, 600_000);
	return Date.now() - started;
}

/** Bytes /detentions/ transfers on the slow link when the reader only reads it: loaded, then left `idleMs`. */
export async function measureIdleTransfer(page: Page, url: string, idleMs: number): Promise<number> {
	await throttleLikeMobile(page);
	await page.goto('about:blank');
	const { bytes } = await measureTransfer(page, `${url}/detentions/`, idleMs);
	return bytes;
}
