// Bytes a page transfers over the network (compressed, as served), counted by Chromium itself.
import type { Page } from 'playwright-core';

export interface Transfer {
	bytes: number;
	requests: { url: string; bytes: number }[];
}

/** Loads `url` in a fresh page and waits until the network is idle; counts every response's encoded bytes. */
export async function measureTransfer(page: Page, url: string): Promise<Transfer> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const urls = new Map<string, string>();
	const sizes = new Map<string, number>();
	cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
	cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
	await page.goto(url, { waitUntil: 'networkidle' });
	const requests = [...sizes].map(([id, bytes]) => ({ url: urls.get(id) ?? id, bytes }));
	return { bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}
