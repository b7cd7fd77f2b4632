// Embeds as a journalist's page uses them: served from another origin, the iframe grows to the chart;
// the light embed ships no framework code, sets no cookie, writes no storage and calls no one else.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { downloadedBytes, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');

/** A host page on another origin: our snippet, plus a frame of its own that tries to resize ours. */
function hostPage(): string {
	const snippet = embedSnippet({ src: `${origin}/embed/detentions-over-time/`, script: `${origin}/embed.js`, title: 'Detentions over time', height: 300 });
	const impostor = `<iframe id="impostor" srcdoc="<script>parent.postMessage({type:'political-dashboard:embed-height',height:3000},'*')</script>"></iframe>`;
	return `<!doctype html><html><body style="margin:0"><div style="width:360px">${snippet}</div>${impostor}</body></html>`;
}

describe('embeds', () => {
	let session: Session;
	let host: Server;
	let hostUrl: string;
	beforeAll(async () => {
		session = await openBrowser(origin);
		host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage()));
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		const address = host.address();
		hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
	});
	afterAll(async () => {
		await session.close();
		host.close();
	});

	it('grows the iframe to the chart on a page from another origin, and ignores other frames', async () => {
		const page = await session.newPage();
		await page.goto(hostUrl);
		const frame = page.frameLocator('iframe[data-pd-embed]');
		await expect.poll(() => frame.locator('#detentions-over-time .drawing svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
		const contentHeight = await frame.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
		await expect.poll(() => page.locator('iframe[data-pd-embed]').evaluate((f) => f.getBoundingClientRect().height)).toBe(contentHeight);
		expect(contentHeight).toBeGreaterThan(300);
		expect(contentHeight).toBeLessThan(3000);
		await page.close();
	});

	it('fits the iframe when its script arrives after the chart has loaded, as from a cache', async () => {
		const page = await session.newPage();
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/embed\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(hostUrl, { waitUntil: 'domcontentloaded' });
		const frame = page.frameLocator('iframe[data-pd-embed]');
		await expect.poll(() => frame.locator('html').evaluate(() => document.readyState), { timeout: 20_000 }).toBe('complete');
		const contentHeight = await frame.locator('.embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
		release();
		await expect.poll(() => page.locator('iframe[data-pd-embed]').evaluate((f) => f.getBoundingClientRect().height)).toBe(contentHeight);
		await page.close();
	});

	it('ships no framework code by default, and keeps no cookie or storage', async () => {
		const page = await session.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${origin}/embed/detentions-over-time/`);
		expect(scripts).toEqual(['/embed-frame.js']);
		expect(await page.locator('#detentions-over-time .demo-badge').textContent()).toBe('Demo data');
		expect(await page.locator('.embed-credit a').getAttribute('href')).toMatch(/detentions\/$/);
		expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
		// A theme alone keeps the light embed.
		await page.goto(`${origin}/embed/detentions-over-time/?theme=dark`);
		expect(page.url()).toBe(`${origin}/embed/detentions-over-time/?theme=dark`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.close();
	});

	it('follows filters and theme from its URL in the live embed, a single value without the query engine', async () => {
		const page = await session.newPage();
		const engine: string[] = [];
		page.on('request', (r) => /\.wasm$|detention-cube/.test(r.url()) && engine.push(r.url()));
		await page.goto(`${origin}/ru/embed/detentions-by-charge/?charge=protest&theme=dark`);
		await expect.poll(() => page.url()).toBe(`${origin}/ru/embed/detentions-by-charge/live/?charge=protest&theme=dark`);
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.locator('#detentions-by-charge details.data-table summary').click();
		await expect.poll(() => page.locator('#detentions-by-charge tbody tr').count(), { timeout: 30_000 }).toBe(1);
		expect(await page.locator('#detentions-by-charge tbody th').textContent()).toBe('Протест');
		// One value's counts are a prerendered file: an article's readers never download the 5 MB engine for it.
		expect(engine).toEqual([]);
		await page.close();
	});

	it('offers embed code for the current filters on the site', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/?charge=antiwar_speech`);
		await page.locator('#detentions-over-time .embed-code summary').click();
		const code = await page.locator('#detentions-over-time .embed-code textarea').inputValue();
		expect(code).toContain(`src="${origin}/embed/detentions-over-time/?charge=antiwar_speech"`);
		expect(code).toContain(`<script src="${origin}/embed.js" async></script>`);
		await page.close();
	});

	it.each([
		['/embed/detentions-over-time/', '#detentions-over-time'],
		['/ru/embed/detentions-by-region/', '#detentions-by-region'],
		['/embed/detentions-by-event/', '#detentions-by-event'],
		['/ru/embed/figures/memorial_political_prisoners/', '#series-memorial_political_prisoners']
	])('%s: chart text stays about 11–16 px from a 300 px frame to a 1,200 px one', async (path, chart) => {
		const page = await session.newPage();
		for (const width of [300, 390, 1200]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${origin}${path}`);
			// Each visible text's size as drawn: its font size in the drawing times the drawing's scale.
			const sizes = await page.locator(`${chart} .drawing svg`).evaluateAll((svgs) =>
				svgs
					.filter((svg) => svg.getClientRects().length > 0 && !svg.parentElement!.closest('svg'))
					.flatMap((svg) => {
						const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
						return [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim() !== '').map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
					})
			);
			expect(sizes.length, `${path} at ${width} px draws text`).toBeGreaterThan(0);
			expect(Math.min(...sizes), `${path} at ${width} px: smallest text`).toBeGreaterThanOrEqual(10);
			expect(Math.max(...sizes), `${path} at ${width} px: largest text`).toBeLessThanOrEqual(17);
		}
		await page.close();
	});

	it('opens a region’s page on the site in a new tab from a tile of the map embed, and says so', async () => {
		const page = await session.newPage();
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(`${origin}/ru/embed/detentions-by-region-map/`);
		const note = (await page.locator('#detentions-by-region-map .note').allTextContents()).join(' ');
		expect(note).toContain('в новой вкладке');
		expect(note).not.toMatch(/полос|отфильтр/u);
		const tile = page.locator('#detentions-by-region-map a.tile-link[data-code="RU-MOW"]').filter({ visible: true });
		expect(await tile.getAttribute('target')).toBe('_blank');
		const side = await tile.locator('rect').evaluate((r) => r.getBoundingClientRect().width);
		expect(side, 'a target of 24 px or more').toBeGreaterThanOrEqual(24);
		const [region] = await Promise.all([page.waitForEvent('popup'), tile.click()]);
		await region.waitForLoadState();
		expect(new URL(region.url()).pathname).toBe('/ru/detentions/region/RU-MOW/');
		expect(await region.locator('.chart-frame .subtitle').first().textContent()).toContain('Москва');
		await region.close();
		// A filtered embed leads to the region's page with the same filter.
		await page.goto(`${origin}/embed/detentions-by-region-map/?charge=protest`);
		await expect.poll(() => page.url()).toContain('/live/');
		const filtered = page.locator('#detentions-by-region-map a.tile-link[data-code="RU-MOW"]').filter({ visible: true });
		await expect.poll(() => filtered.getAttribute('href')).toBe('/detentions/region/RU-MOW/?charge=protest');
		// The English embed says the same in English.
		await page.goto(`${origin}/embed/detentions-by-region-map/`);
		expect((await page.locator('#detentions-by-region-map .note').allTextContents()).join(' ')).not.toMatch(/\bbar/);
		await page.close();
	});

	it('offers Embed under every chart of every page', async () => {
		const page = await session.newPage();
		for (const path of ['/', '/detentions/', '/prisoners/', '/ru/detentions/']) {
			await page.goto(`${origin}${path}`);
			const charts = await page.locator('.chart-frame').count();
			expect(charts).toBeGreaterThan(0);
			expect(await page.locator('.chart-frame .embed-code').count()).toBe(charts);
		}
		await page.close();
	});

	it('exports a chart as a standalone SVG with its title, source and colours', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/detentions/`);
		await page.locator('#detentions-by-event .chart-downloads summary').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#detentions-by-event .chart-actions button', { hasText: 'Image (SVG)' }).click()]);
		expect(download.suggestedFilename()).toBe('detentions-by-event.svg');
		const svg = (await downloadedBytes(download)).toString('utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('Detentions by event type (Demo data)');
		expect(svg).toContain('Source: Generated demo data shaped like OVD-Info');
		expect(svg).toMatch(/class="bar"[^>]*style="fill:\s*rgb\(/);
		await page.close();
	});

	it('exports a chart as PNG', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`);
		await page.locator('#prisoners-by-status .chart-downloads summary').click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#prisoners-by-status .chart-actions button', { hasText: 'Image (PNG)' }).click()]);
		expect(download.suggestedFilename()).toBe('prisoners-by-status.png');
		const bytes = await downloadedBytes(download);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes.length).toBeGreaterThan(5000);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests.filter((u) => !u.startsWith(hostUrl))).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});
