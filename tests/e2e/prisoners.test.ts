// Prisoner profiles as a reader finds them: search in any spelling, filter by charge type or by a known letter
// address, open a profile and copy the address to write to; take the filtered list away as a CSV or on paper.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chargeTypes, readCsv } from '../csvTotals';
import { countShown, downloadedBytes, openBrowser, type Session } from './browser';

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
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?q=%D0%BE%D0%B2&charge=antiwar_speech`);
		const found = await countShown(page);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/prisoners/?q=%D0%BE%D0%B2&charge=antiwar_speech`);
		await expect.poll(() => page.getByLabel('Поиск').inputValue()).toBe('ов');
		await expect.poll(() => countShown(page)).toBe(found);
		await page.locator('a.lang-switch').click();
		await expect.poll(() => page.url()).toBe(`${origin}/prisoners/?q=%D0%BE%D0%B2&charge=antiwar_speech`);
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
		await expect.poll(() => status.textContent()).toBe('');
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

	it('downloads the whole filtered list, every page, with each address and the data’s credit', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/?charge=antiwar_speech`);
		const button = page.getByRole('button', { name: 'Download the list (CSV)' });
		await expect.poll(() => button.isVisible()).toBe(true);
		// More people than one page shows.
		expect(await page.locator('.prisoner-card').count()).toBeLessThan(antiwar.length);
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('prisoners_charge-antiwar_speech.csv');
		const text = (await downloadedBytes(download)).toString('utf8').replace(/^\uFEFF/, '');
		const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
		expect(header).toEqual(['Name', 'Name in Russian', 'Region', 'Charges', 'Status', 'Sentence', 'Arrested', 'Address for letters', 'Profile', 'Source']);
		expect(rows.map((r) => r[1]).sort()).toEqual(antiwar.map((p) => p.name_ru).sort());
		const byName = new Map(antiwar.map((p) => [p.name_ru, p]));
		for (const row of rows) {
			expect(row[7]).toBe(byName.get(row[1]!)!.letter_address!.trim());
			expect(row[8]).toBe(`${origin}/prisoners/${byName.get(row[1]!)!.id}/`);
			expect(row[9]).toMatch(/^Source: .+Licence: .+Data as of /);
		}
		// The card shows the address too.
		const first = page.locator('.prisoner-card').first();
		const shown = byName.get((await first.locator('.other-name').textContent())!.trim())!;
		if (shown.letter_address) expect(await first.textContent()).toContain(shown.letter_address.trim());
		await page.close();
	});

	it('prints everyone matching, with article, term and address, and no filters, pager or charts', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/prisoners/?letter=yes`);
		await expect.poll(() => page.getByRole('button', { name: 'Print the list' }).isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		// What the browser does when a reader prints, from its menu or the button.
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		const items = page.locator('.print-list li');
		await expect.poll(() => items.count()).toBe(writable.length);
		const texts = await items.allTextContents();
		for (const person of writable) {
			const line = texts.find((t) => t.includes(person.name_en!));
			expect(line, person.name_en).toBeDefined();
			expect(line).toContain(person.letter_address!.trim());
		}
		for (const hidden of ['.filter-panel', '.prisoner-list', '.pager', '.chart-frame', '.site-header']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await expect.poll(() => items.count()).toBe(0);
		await page.close();
	});

	it('made no request outside the origin and logged no console error', () => {
		expect(session.foreignRequests).toEqual([]);
		expect(session.consoleErrors).toEqual([]);
	});
});
