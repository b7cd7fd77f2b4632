// Bytes a page transfers over the network (compressed, as served) and their size once decoded, counted by Chromium.
import type { Page } from 'playwright-core';

export interface Request {
	url: string;
	/** Chromium's resource type: Document, Script, Stylesheet, Fetch… */
	type: string;
	/** Bytes on the wire (compressed body and headers). */
	bytes: number;
	/** Body bytes after decoding. */
	decodedBytes: number;
}

export interface Transfer {
	bytes: number;
	requests: Request[];
	/** Characters of CSS inlined in the page's <style> elements. */
	inlineCss: number;
}

/** Loads `url` in `page` with the cache off and waits until the network is idle (and `idleMs` more); counts every response. */
export async function measureTransfer(page: Page, url: string, idleMs = 0): Promise<Transfer> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const requests = new Map<string, Request>();
	cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0, decodedBytes: 0 }));
	cdp.on('Network.dataReceived', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.decodedBytes += e.dataLength;
	});
	cdp.on('Network.loadingFinished', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.bytes = e.encodedDataLength;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	if (idleMs > 0) await page.waitForTimeout(idleMs);
	await cdp.detach();
	const inlineCss = await page.evaluate(() => [...document.querySelectorAll('style')].reduce((n, s) => n + (s.textContent ?? '').length, 0));
	const list = [...requests.values()];
	return { bytes: list.reduce((sum, r) => sum + r.bytes, 0), requests: list, inlineCss };
}

/** Transferred and decoded bytes of the requests of one type. */
export function bytesOf(transfer: Transfer, type: string): { bytes: number; decodedBytes: number } {
	const of = transfer.requests.filter((r) => r.type === type);
	return { bytes: of.reduce((n, r) => n + r.bytes, 0), decodedBytes: of.reduce((n, r) => n + r.decodedBytes, 0) };
}
