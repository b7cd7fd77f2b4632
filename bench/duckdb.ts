// Time from navigation to DuckDB ready for queries (engine compiled, cube loaded), as a first visit: cache off.
import type { Page } from 'playwright-core';

/** Loads `url` `runs` times and reads the page's own 'duckdb-ready' mark (src/lib/db/browser.ts) each time. */
export async function measureDuckdbReady(page: Page, url: string, runs: number): Promise<number[]> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		await page.goto('about:blank');
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByName('duckdb-ready').length > 0, null, { timeout: 600_000 });
		samples.push(await page.evaluate(() => performance.getEntriesByName('duckdb-ready')[0]!.startTime));
	}
	await cdp.detach();
	return samples;
}
