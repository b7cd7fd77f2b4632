// Measures a charge-type filter change on /detentions/: from the click to every chart redrawn (next frame).
import type { Page } from 'playwright-core';

export interface FilterRun {
	samples: number[];
	/** The part of each sample spent in DuckDB (the page's 'explorer-queries' measure); the rest is drawing. */
	querySamples: number[];
	/** The page's total after each change: proof of which data the queries ran on. */
	totals: number[];
}

/**
 * A view only the query engine can count, whatever charge types are ticked: weekly periods and a date range from the
 * data's first day (which keeps every row). Single values by month are prerendered pages; these never are.
 */
export async function engineView(page: Page, site: string): Promise<string> {
	await page.goto(`${site}/detentions/`);
	const first = await page.locator('.filter-panel input[type=date]').first().getAttribute('min');
	return `${site}/detentions/?from=${first}&per=week`;
}

/** Waits for DuckDB, then toggles charge types `changes` times and times each redraw. */
export async function measureFilterChanges(page: Page, url: string, changes: number): Promise<FilterRun> {
	await page.goto(url);
	// The page's own mark says DuckDB has started (db/browser.ts); the view is drawn once nothing is pending.
	await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0 && !document.querySelector('.explorer.pending'), null, { timeout: 600_000 });
	const boxes = await page.locator('fieldset.checks').first().locator('[role=checkbox]').count();
	const samples: number[] = [];
	const querySamples: number[] = [];
	const totals: number[] = [];
	for (let i = 0; i < changes; i++) {
		const index = Math.floor(i / 2) % boxes;
		const ms = await page.evaluate(async (v) => {
			const explorer = document.querySelector<HTMLElement>('.explorer')!;
			// The charts say what they are filtered to: the first one's subtitle changes when the new view is drawn.
			const subtitle = () => explorer.querySelector('.chart-frame .subtitle')?.textContent ?? '';
			const before = subtitle();
			// Each box is a link to the view with its charge type toggled; the explorer redraws in place.
			const box = document.querySelector('fieldset.checks')!.querySelectorAll<HTMLElement>('[role=checkbox]')[v]!;
			const start = performance.now();
			const redrawn = new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (subtitle() !== before && !explorer.classList.contains('pending')) {
						observer.disconnect();
						requestAnimationFrame(() => resolve());
					}
				});
				observer.observe(explorer, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
			});
			box.click();
			await redrawn;
			return performance.now() - start;
		}, index);
		samples.push(ms);
		querySamples.push(await page.evaluate(() => performance.getEntriesByName('explorer-queries').at(-1)!.duration));
		totals.push(Number(((await page.locator('.total').textContent()) ?? '').match(/\d[\d,]*/)?.[0].replace(/,/g, '')));
	}
	return { samples, querySamples, totals };
}
