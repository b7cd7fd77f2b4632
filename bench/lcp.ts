// Largest contentful paint under mobile-class throttling, as Lighthouse's mobile profile applies it in DevTools:
// 4× CPU slowdown and the "Slow 4G" network (562.5 ms request latency, 1,474.56 kbit/s down, 675 kbit/s up), on a
// 412×823 viewport, with the HTTP cache off so every run downloads everything.
import type { Page } from 'playwright-core';

export const MOBILE = { cpuSlowdown: 4, latencyMs: 562.5, downKbps: 1474.56, upKbps: 675, viewport: { width: 412, height: 823 } };

/** Throttles `page` for the rest of its life. */
export async function throttleLikeMobile(page: Page): Promise<void> {
	await page.setViewportSize(MOBILE.viewport);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: MOBILE.latencyMs,
		downloadThroughput: (MOBILE.downKbps * 1000) / 8,
		uploadThroughput: (MOBILE.upKbps * 1000) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

/**
 * Loads `url` `runs` times in a throttled page and returns each run's LCP in ms. A run ends when `drawn` (a selector
 * for what the page exists to show) is on screen and two frames have passed, so a page that draws late (the naive one)
 * is measured at its real paint, not at its load event.
 */
export async function measureLcp(page: Page, url: string, runs: number, drawn: string): Promise<number[]> {
	await throttleLikeMobile(page);
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		await page.goto('about:blank');
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForSelector(drawn, { timeout: 300_000 });
		samples.push(
			await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						requestAnimationFrame(() =>
							requestAnimationFrame(() =>
								new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true })
							)
						);
					})
			)
		);
	}
	return samples;
}
