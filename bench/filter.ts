// Measures a charge-type filter change on /detentions/: from the click to every chart redrawn (next frame).
import type { Page } from 'playwright-core';

export interface FilterRun {
	samples: number[];
	/** The part of each sample spent in DuckDB (the page's 'explorer-queries' measure); the rest is drawing. */
	querySamples: number[];
	/** The page's total after each change: proof of which data the queries ran on. */
	totals: number[];
}

/** Waits for DuckDB, then toggles charge types `changes` times and times each redraw. */
export async function measureFilterChanges(page: Page, url: string, changes: number): Promise<FilterRun> {
	await page.goto(url);
	await page.waitForSelector('.db-status[data-phase="ready"]', { state: 'attached', timeout: 600_000 });
	const chargeTypes = await page.locator('fieldset.checks').first().locator('input[type=checkbox]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
	const samples: number[] = [];
	const querySamples: number[] = [];
	const totals: number[] = [];
	for (let i = 0; i < changes; i++) {
		const value = chargeTypes[Math.floor(i / 2) % chargeTypes.length]!;
		const ms = await page.evaluate(async (v) => {
			const explorer = document.querySelector<HTMLElement>('.explorer')!;
			const before = explorer.dataset.version;
			const box = document.querySelector<HTMLInputElement>(`fieldset.checks input[value="${v}"]`)!;
			const start = performance.now();
			const redrawn = new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (explorer.dataset.version !== before) {
						observer.disconnect();
						requestAnimationFrame(() => resolve());
					}
				});
				observer.observe(explorer, { attributes: true, attributeFilter: ['data-version'] });
			});
			box.click();
			await redrawn;
			return performance.now() - start;
		}, value);
		samples.push(ms);
		querySamples.push(await page.evaluate(() => performance.getEntriesByName('explorer-queries').at(-1)!.duration));
		totals.push(Number(await page.locator('.total').getAttribute('data-total')));
	}
	return { samples, querySamples, totals };
}
