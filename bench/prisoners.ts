// Measures the prisoners page: typing a search, to the list and charts redrawn (next frame).
import type { Page } from 'playwright-core';

/** Waits for the full index, then types searches one after another and times each redraw. */
export async function measurePrisonerChanges(page: Page, url: string, rounds: number): Promise<number[]> {
	// The index of everyone loads once the page has hydrated; the network then falls quiet.
	await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
	const samples: number[] = [];
	// Beginnings of words (the search matches names from the start of a word), each giving a different count from the
	// one before it on the 10k site, so that every search changes what a reader sees.
	const queries = ['Иван', 'Петр', 'sem', 'ан', 'Ро', 'mar', 'Ал', 'ser'];
	for (let i = 0; i < rounds; i++) {
		const query = queries[i % queries.length]!;
		const ms = await page.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('#prisoner-search')!;
			const browser = document.querySelector<HTMLElement>('.explorer')!;
			// What a reader reads: the count of matching people, and the first person listed.
			const shown = () => `${browser.querySelector('.total')?.textContent}|${browser.querySelector('.prisoner-card')?.textContent}`;
			const before = shown();
			const start = performance.now();
			const redrawn = new Promise<void>((resolve, reject) => {
				// A search that changes nothing would otherwise be waited for forever.
				setTimeout(() => reject(new Error(`searching for «${q}» changed neither the count nor the first person`)), 10_000);
				const observer = new MutationObserver(() => {
					if (shown() === before) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve());
				});
				observer.observe(browser, { subtree: true, childList: true, characterData: true });
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
