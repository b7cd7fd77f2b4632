// Starts Debian's Chromium through playwright-core and records what a reader would not want: console errors,
// failed pages and any request that leaves the site's origin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Locator, type Page } from 'playwright-core';

/**
 * Chromium's headless shell, Debian's package chromium-headless-shell: the same engine as the browser a reader runs
 * (Blink and V8 of the same version), without the windowing layers a headless page never shows. The end-to-end suite
 * takes about 30 % less processor time in it than in the full `chromium`. The binary itself: /usr/bin's
 * chromium-headless-shell is a script that starts it.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

/** Flags that stop Chromium from calling Google at start (sync, component updates, field trials). */
const QUIET_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
	'--metrics-recording-only'
];

/** Chromium with the same flags, for a test that makes a fresh context per page. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
}

export interface Session {
	context: BrowserContext;
	/** Every URL requested outside the origin under test. */
	foreignRequests: string[];
	consoleErrors: string[];
	newPage(): Promise<Page>;
	close(): Promise<void>;
}

export async function openBrowser(origin: string, options: { javaScriptEnabled?: boolean; phone?: boolean } = {}): Promise<Session> {
	const profile = mkdtempSync(path.join(tmpdir(), 'e2e-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: QUIET_FLAGS,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		// A phone: 390 × 844 CSS pixels and a touch screen.
		...(options.phone ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } : { viewport: { width: 1024, height: 800 } })
	});
	// Content-Security-Policy violations are recorded in each page, for tests to read with cspViolations(). A page opened
	// in a new tab (a link with target="_blank") may run this twice: the second time finds the list already there.
	await context.addInitScript(() => {
		if ('__cspViolations' in window) return;
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	// Code run by tsx (the benchmark) is compiled with esbuild's keepNames, which wraps each function named inside a
	// page.evaluate() callback in a call to a __name() helper the page lacks ("__name is not defined"): given here.
	await context.addInitScript(() => {
		(globalThis as unknown as { __name: <T>(f: T) => T }).__name ??= (f) => f;
	});
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	const watch = (page: Page) => {
		page.on('console', (msg) => {
			if (msg.type() === 'error') consoleErrors.push(msg.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
	};
	context.pages().forEach(watch);
	context.on('page', watch);
	return {
		context,
		foreignRequests,
		consoleErrors,
		newPage: () => context.newPage(),
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** The bytes of a file the page offered as a download. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** The Content-Security-Policy violations the page has seen so far. */
export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}

/**
 * Gives the page a link the browser calls slow ("3g": 300 ms round trips, bandwidth unlimited so tests stay quick),
 * as a reader's phone behind a VPN would: the site then starts its query engine only when a view needs it.
 */
export async function slowLink(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: -1, uploadThroughput: -1 });
}

/**
 * The count a results page's total line gives, as a reader reads it: "Matching the filters: 1,234 detentions in …",
 * «Найдено: 1 234 …», "12 people"; null when it gives none (a count nobody knows is said in words).
 */
export async function countShown(page: Page): Promise<number | null> {
	const text = (await page.locator('.total').first().textContent()) ?? '';
	const match = /\d[\d,\u00a0\u202f ]*\d|\d/.exec(text);
	return match ? Number(match[0].replace(/\D/g, '')) : null;
}

/**
 * Waits until the view a link or a filter asked for is drawn, as a reader sees it: the charts under `root` say in their
 * subtitles that they are filtered to each of `words` (a value's name), and nothing is pending.
 */
export async function drawnFor(page: Page, words: string[], { root = '.results', timeout = 60_000 } = {}): Promise<void> {
	await page.waitForFunction(
		({ root, words }) => {
			const scope = document.querySelector(root);
			const subtitle = scope?.querySelector('.chart-frame .subtitle')?.textContent ?? '';
			return !!scope && !scope.closest('.pending') && !scope.querySelector('.pending') && words.every((w) => subtitle.includes(w));
		},
		{ root, words },
		{ timeout }
	);
}

/**
 * Runs `action` and waits until the region `selector` has been busy (aria-busy, what a screen reader is told) and is
 * no longer: the answer or the error it asked for is on the page.
 */
export async function afterBusy(page: Page, selector: string, action: () => Promise<unknown>): Promise<void> {
	// The promise is wrapped: evaluateHandle would wait for a promise it is given, before the action.
	const settled = await page.evaluateHandle((selector) => {
		const region = document.querySelector(selector);
		if (!region) throw new Error(`no ${selector} on the page`);
		const done = new Promise<void>((resolve) => {
			let busy = false;
			new MutationObserver((_, observer) => {
				if (region.getAttribute('aria-busy') === 'true') busy = true;
				else if (busy) {
					observer.disconnect();
					resolve();
				}
			}).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
		});
		return { done };
	}, selector);
	await action();
	await settled.evaluate((watch) => watch.done);
}

/**
 * Opens a chart's data table as a reader does and waits for its rows. Once the page has hydrated they are drawn when
 * the element says it has opened, by a toggle event a task after the click.
 */
export async function openTable(chart: Locator): Promise<Locator> {
	await chart.locator('details.data-table summary').click();
	const rows = chart.locator('details.data-table tbody tr');
	await rows.first().waitFor();
	return rows;
}
