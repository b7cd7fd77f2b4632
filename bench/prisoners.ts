// Measures the prisoners page: typing a search, to the list and charts redrawn (next frame).
import type { Page } from 'playwright-core';

/** Waits for the full index, then types searches one after another and times each redraw. */
export async function measurePrisonerChanges(page: Page, url: string, rounds: number): Promise<number[]> {
	await page.goto(url);
	await page.waitForSelector('.explorer[data-index="loaded"]', { state: 'attached', timeout: 60_000 });
	const samples: number[] = [];
	const queries = ['Иван', 'kim', 'ova', 'Петр', 'sem', 'ан'];
	for (let i = 0; i < rounds; i++) {
		const query = queries[i % queries.length]!;
		const ms = await page.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('#prisoner-search')!;
			const browser = document.querySelector<HTMLElement>('.explorer')!;
			const before = browser.dataset.version;
			const start = performance.now();
			const redrawn = new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (browser.dataset.version === before) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve());
				});
				observer.observe(browser, { attributes: true, attributeFilter: ['data-version'] });
			});
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await redrawn;
			return performance.now() - start;
		}, query);
		samples.push(ms);
	}
	return samples;
}
