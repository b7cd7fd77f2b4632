// Collections as the groups who use them meet them, in Russian: posters printed to PDF from Chromium (a page a
// person, A4 or A3) whose QR code, scanned from a picture of the printed page, opens the person's profile; the
// collection printed as a one-page list; the slideshow driven by the keyboard alone; days in custody counted to the
// reader's today; address labels for the letter evening.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsv } from '../csvTotals';
import { openBrowser, type Session } from './browser';

const origin = inject('baseUrl');
const [collection] = readCsv('data/collections.csv');
const slug = collection!.slug!;
const members = readCsv('data/collection_members.csv')
	.filter((m) => m.collection === slug)
	.sort((a, b) => Number(a.position) - Number(b.position));
const people = new Map(readCsv('data/prisoners.csv').map((p) => [p.id!, p]));
const first = people.get(members[0]!.prisoner_id!)!;

/** The pages of a PDF Chromium wrote, and the size of each in points. */
function pdfPages(pdf: Buffer): string[] {
	return [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}
const A4 = '595x842';
const A3 = '842x1191';

describe('collections', () => {
	let session: Session;
	beforeAll(async () => {
		session = await openBrowser(origin);
	});
	afterAll(async () => {
		await session.close();
	});

	it('prints a poster a person on A4 and on A3, and each poster’s QR code opens the profile', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/collections/${slug}/posters/`);
		await expect.poll(() => page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toEqual(members.map(() => A4));
		await page.getByRole('radio', { name: 'A3' }).check();
		await expect.poll(() => page.url()).toBe(`${origin}/ru/collections/${slug}/posters/?paper=a3`);
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toEqual(members.map(() => A3));

		// The first poster as the printer draws it, photographed and scanned.
		await page.emulateMedia({ media: 'print' });
		const poster = page.getByRole('region', { name: first.name_ru! });
		await expect.poll(() => poster.getByRole('img', { name: /QR/ }).count()).toBe(1);
		const png = PNG.sync.read(await poster.screenshot());
		const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
		expect(scanned?.data).toBe(`${origin}/ru/prisoners/${first.id}/`);
		await page.close();
	});

	it('prints one person’s poster on A3 from the profile, and the profile as itself otherwise', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/prisoners/${first.id}/`);
		await page.emulateMedia({ media: 'print' });
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).length).toBeGreaterThan(0);
		expect(await page.getByRole('region', { name: first.name_ru! }).count()).toBe(0);
		await page.evaluate(() => {
			// The dialog itself, which a headless browser has not.
			window.print = () => {};
		});
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Распечатать плакат A3' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => page.getByRole('region', { name: first.name_ru! }).getByRole('img', { name: /QR/ }).count()).toBe(1);
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toEqual([A3]);
		await page.close();
	});

	it('prints the collection as a one-page A4 list with every person on it', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/collections/${slug}/`);
		await page.emulateMedia({ media: 'print' });
		const rows = page.getByRole('table').getByRole('rowheader');
		expect(await rows.allTextContents()).toEqual(members.map((m) => people.get(m.prisoner_id!)!.name_ru));
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toEqual([A4]);
		await page.close();
	});

	it('shows the slideshow with the keyboard alone: clicker keys, Home and End, auto-advance', async () => {
		const page = await session.newPage();
		// Keys act once the page's script runs: its requests are over by then.
		await page.goto(`${origin}/ru/collections/${slug}/show/`, { waitUntil: 'networkidle' });
		const status = page.getByText(/^Слайд \d+ из \d+/);
		const total = members.length + 1;
		const name = (i: number) => people.get(members[i]!.prisoner_id!)!.name_ru;
		await expect.poll(() => status.textContent()).toBe(`Слайд 1 из ${total}: ${collection!.title_ru}`);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => status.textContent()).toBe(`Слайд 2 из ${total}: ${name(0)}`);
		await expect.poll(() => page.getByRole('heading', { level: 2, name: name(0) }).isVisible()).toBe(true);
		await page.keyboard.press('PageDown');
		await expect.poll(() => status.textContent()).toBe(`Слайд 3 из ${total}: ${name(1)}`);
		expect(await page.getByRole('heading', { level: 2, name: name(0) }).isVisible()).toBe(false);
		await page.keyboard.press('PageUp');
		await expect.poll(() => status.textContent()).toBe(`Слайд 2 из ${total}: ${name(0)}`);
		await page.keyboard.press('End');
		await expect.poll(() => status.textContent()).toBe(`Слайд ${total} из ${total}: ${name(members.length - 1)}`);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => status.textContent()).toBe(`Слайд 1 из ${total}: ${collection!.title_ru}`);
		expect(page.url()).toBe(`${origin}/ru/collections/${slug}/show/#1`);
		// A focused button takes Enter once: one slide on, not two.
		await page.getByRole('button', { name: 'Дальше' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => status.textContent()).toBe(`Слайд 2 из ${total}: ${name(0)}`);
		await page.keyboard.press('Home');
		await expect.poll(() => status.textContent()).toBe(`Слайд 1 из ${total}: ${collection!.title_ru}`);
		await page.keyboard.press('a');
		await expect.poll(() => page.getByRole('checkbox', { name: 'Листать автоматически' }).isChecked()).toBe(true);
		await page.close();
	});

	it('counts a held person’s days in custody to the reader’s today, and says the rule', async () => {
		const held = [...people.values()].find((p) => p.status === 'imprisoned' && p.arrested_on)!;
		const page = await session.newPage();
		await page.goto(`${origin}/ru/prisoners/${held.id}/`);
		const today = await page.evaluate(() => {
			const d = new Date();
			return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
		});
		const [y, m, d] = held.arrested_on!.split('-').map(Number) as [number, number, number];
		const days = Math.round((today - Date.UTC(y, m - 1, d)) / 86_400_000);
		const expected = new Intl.NumberFormat('ru-RU').format(days);
		await expect.poll(() => page.locator('.custody-days').first().textContent()).toMatch(new RegExp(`^${expected.replace(/\s/g, '\\s')} (день|дня|дней) в заключении$`));
		expect(await page.locator('.custody-rule').first().textContent()).toContain('до сегодняшнего дня');
		await page.close();
	});

	it('prints address labels for everyone who can receive letters, 24 a sheet', async () => {
		const page = await session.newPage();
		await page.goto(`${origin}/ru/letters/`);
		const held = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);
		const recipients = [...people.values()].filter((p) => held.has(p.status!) && p.letter_address!.trim() !== '');
		await expect.poll(() => page.getByText(/Адрес(а)? для писем извест/).textContent()).toContain(String(recipients.length));
		await page.evaluate(() => {
			// What the button does before it opens the print dialog, which a headless browser has not.
			window.print = () => {};
		});
		await page.getByRole('button', { name: 'Наклейки с адресами: все' }).click();
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toEqual(Array.from({ length: Math.ceil(recipients.length / 24) }, () => A4));
		await page.close();
	});
});
