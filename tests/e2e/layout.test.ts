// A page of every kind (the manifest's) and the map's embed fit a 320 px wide phone without sideways scrolling, in both
// languages.
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';
import { pagesToVisit } from './pages';

const origin = inject('baseUrl');
const PATHS = [...(await pagesToVisit()), '/embed/detentions-by-region-map/', '/ru/embed/detentions-by-region-map/'];

describe.concurrent('narrow screens', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it.for(PATHS)('%s fits 320 px', async (path, { expect }) => {
		const page = await session.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${origin}${path}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});
