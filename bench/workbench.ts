// The workbench (/data/sql/): how long a question takes to answer once the engine and its table are loaded, and how
// long a link to one takes from navigation to its answer.
import type { Page } from 'playwright-core';
import { EXAMPLES } from '../src/lib/workbench/examples';
import { writeLink } from '../src/lib/workbench/link';

/** The issue's own question: detained at single pickets in Moscow, by month, since 2022, charged under 20.3.3. */
export const WORKBENCH_QUESTION = EXAMPLES.find((e) => e.id === 'moscow-pickets')!.sql.en;
const linkTo = (site: string, sql: string) => `${site}/data/sql/${writeLink({ sql, view: 'table', page: 1, sort: null })}`;

/** Opens a link to `sql` and waits for its answer; returns ms from navigation to the answer drawn. */
async function openAnswer(page: Page, site: string, sql: string): Promise<number> {
	await page.goto('about:blank');
	await page.goto(linkTo(site, sql));
	// The page marks each answer it draws (workbenchView.svelte.ts); an error is said in .wb-error.
	await page.waitForFunction(() => performance.getEntriesByName('workbench-answer').length > 0 || document.querySelector('.wb-error'), null, { timeout: 600_000 });
	if (await page.locator('.wb-error').count()) throw new Error(`the workbench answered with an error: ${await page.locator('.wb-error').textContent()}`);
	return page.evaluate(() => performance.getEntriesByName('workbench-answer').at(-1)!.startTime + performance.getEntriesByName('workbench-answer').at(-1)!.duration);
}

export interface WorkbenchRun {
	/** Navigation to the first answer: engine, table and query (cache off). */
	firstAnswerMs: number[];
	/** "Run" clicked again, to the answer drawn (next frame), with the engine and table loaded. */
	querySamples: number[];
	/** Rows in the detentions table the queries read: proof of which data answered. */
	events: number;
}

export async function measureWorkbench(page: Page, site: string, loads: number, runs: number): Promise<WorkbenchRun> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const firstAnswerMs: number[] = [];
	for (let i = 0; i < loads; i++) firstAnswerMs.push(await openAnswer(page, site, WORKBENCH_QUESTION));
	const querySamples: number[] = [];
	for (let i = 0; i < runs; i++) {
		querySamples.push(
			await page.evaluate(async () => {
				const section = document.querySelector<HTMLElement>('.workbench')!;
				const start = performance.now();
				// The section is busy (aria-busy) while the question runs; the answer is drawn when it no longer is.
				const drawn = new Promise<void>((resolve) => {
					let busy = false;
					const observer = new MutationObserver(() => {
						if (section.getAttribute('aria-busy') === 'true') busy = true;
						else if (busy) {
							observer.disconnect();
							requestAnimationFrame(() => resolve());
						}
					});
					observer.observe(section, { attributes: true, attributeFilter: ['aria-busy'] });
				});
				document.querySelector<HTMLButtonElement>('.actions .primary')!.click();
				await drawn;
				return performance.now() - start;
			})
		);
	}
	await openAnswer(page, site, 'SELECT count(*) AS events FROM detentions');
	const events = Number((await page.locator('.result-table tbody td').first().textContent())!.replace(/\D/g, ''));
	await cdp.detach();
	return { firstAnswerMs, querySamples, events };
}
