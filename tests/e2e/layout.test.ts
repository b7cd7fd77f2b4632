// Every page and embed fits a 320 px wide phone without sideways scrolling, in both languages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const PATHS = ['/', '/detentions/', '/prisoners/', '/prisoners/ivan-demonov/', '/data/', '/embed/detentions-over-time/', '/embed/detentions-by-region-map/'];

describe('narrow screens', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it.each(PATHS.flatMap((p) => [p, `/ru${p}`]))('%s fits 320 px', async (path) => {
		const page = await session.newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${origin}${path}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.close();
	});
});
