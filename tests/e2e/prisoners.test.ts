// Prisoner profiles as a reader finds them: search in any spelling, filter by charge type or by a known letter
// address, open a profile and copy the address to write to.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chargeTypes, readCsv } from '../csvTotals';
import { countShown, openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const people = readCsv('data/prisoners.csv');
const charge = chargeTypes();
const writable = people.filter((p) => p.letter_address!.trim() !== '');
const antiwar = people.filter((p) => p.case_category === 'antiwar_speech' || p.articles!.split(';').some((a) => charge.get(a) === 'antiwar_speech'));

describe('prisoners', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it('finds the same person by Cyrillic, Latin and lower-case spelling, and opens the profile', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`);
		const search = page.getByLabel('Search');
		for (const query of ['Демонов', 'Demonov', 'demonov']) {
			await search.fill(query);
			await expect.poll(() => page.locator('.prisoner-card h3').allTextContents()).toEqual(['Ivan Demonov']);
		}
		expect(page.url()).toBe(`${origin}/prisoners/?q=demonov`);
		await page.getByRole('link', { name: 'Ivan Demonov' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/ivan-demonov/`);
		expect(await page.locator('h1').textContent()).toBe('Ivan Demonov');
		expect(await page.locator('.demo-note').textContent()).toContain('Fictional demo profile');
		expect(await page.locator('address').textContent()).toContain('Демонову Ивану');
		await page.close();
	});

	it('filters by charge type with the count and the URL to match', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`);
		expect(await countShown(page)).toBe(people.length);
		await page.getByRole('group', { name: 'Charge type' }).getByRole('checkbox', { name: 'Anti-war speech', exact: true }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?charge=antiwar_speech`);
		await expect.poll(() => countShown(page)).toBe(antiwar.length);

		// The language switch keeps the view, both ways: a search typed, a filter ticked, in the address and on screen.
		await page.getByLabel('Search').fill('ов');
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?charge=antiwar_speech&q=%D0%BE%D0%B2`);
		const found = await countShown(page);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/prisoners/?charge=antiwar_speech&q=%D0%BE%D0%B2`);
		await expect.poll(() => page.getByLabel('Поиск').inputValue()).toBe('ов');
		await expect.poll(() => countShown(page)).toBe(found);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?charge=antiwar_speech&q=%D0%BE%D0%B2`);
		expect(await page.getByRole('checkbox', { name: 'Anti-war speech', exact: true }).getAttribute('aria-checked')).toBe('true');
		await page.close();
	});

	it('finds the people one can write to, and copies an address from a profile', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/`);
		await page.getByRole('group', { name: 'Letters' }).getByRole('checkbox', { name: 'Has an address for letters' }).click();
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?letter=yes`);
		await expect.poll(() => countShown(page)).toBe(writable.length);
		expect(writable.length).toBeGreaterThan(0);
		expect(writable.length).toBeLessThan(people.length);

		const person = writable[0]!;
		await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
		await page.goto(`${origin}/prisoners/${person.id}/`);
		const copy = page.getByRole('button', { name: 'Copy address' });
		await expect.poll(() => copy.isVisible()).toBe(true);
		await copy.click();
		const status = page.locator('.letter [role="status"]');
		await expect.poll(() => status.textContent()).toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(person.letter_address);
		// The word goes away after two seconds, ready to be said again on the next copy.
		await expect.poll(() => status.textContent(), { timeout: 5_000 }).toBe('');
		await page.close();
	});

	it('offers no copy button without JavaScript, and none without an address', async () => {
		const noScript = await openBrowser(origin, { javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin}/prisoners/${writable[0]!.id}/`);
		expect(await page.locator('address').textContent()).toBe(writable[0]!.letter_address);
		expect(await page.getByRole('button', { name: 'Copy address' }).count()).toBe(0);
		await noScript.close();
		const nobody = people.find((p) => p.letter_address!.trim() === '')!;
		const withScript = await session.newPage();
		await withScript.goto(`${origin}/prisoners/${nobody.id}/`);
		expect(await withScript.locator('.copy-address').count()).toBe(0);
		await withScript.close();
	});

	it('labels search and charge type in Russian, and prerenders every profile in both languages', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/prisoners/`);
		expect(await page.getByLabel('Поиск').isVisible()).toBe(true);
		expect(await page.getByRole('group', { name: 'Тип обвинения' }).isVisible()).toBe(true);
		const last = people.at(-1)!;
		const response = await page.goto(`${origin}/ru/prisoners/${last.id}/`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe(last.name_ru);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});
