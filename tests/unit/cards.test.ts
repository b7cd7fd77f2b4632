// Link-preview cards as a reader of a shared link sees them: a 1200 × 630 PNG drawn by a real rasteriser (resvg) from
// the site's own chart plots, every word in the page's language and in a font that has its letters, the source and
// date on it, "Demo data" on cards of demo data only, and no photograph of a person. Golden SVGs of each kind of card,
// in both languages, drawn from fixed specs, so a change to a chart plot or the card frame shows up as a diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageCard } from '../../src/lib/cards/cards.server';
import { cardSvg, FONT_FILES, renderSvg } from '../../src/lib/cards/render.server';
import type { CardSpec } from '../../src/lib/cards/spec';
import { bundledDatabase } from '../../src/lib/db/node';
import type { Locale } from '../../src/lib/i18n/locales';
import { sitePages } from '../../src/lib/site/manifest.server';
import { readMetrics } from '../../src/lib/text/fontTables.server';
import { fitText, textWidth } from '../../src/lib/text/width';
import { isDemo } from '../../src/lib/schema/package';
import { goldenSvg } from '../charts/svg';
import { readCsv } from '../csvTotals';

const db = await bundledDatabase();
const pages = (await sitePages(db)).filter((p) => p.type.card === 'own').map((p) => p.path);

async function svgOf(locale: Locale, path: string): Promise<string> {
	const card = await pageCard(db, locale, path);
	if (!card) throw new Error(`no card for ${path}`);
	return cardSvg(card);
}

/** The words drawn: the text of every <text>, entities read back. */
const words = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
		.map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'))
		.join('\n');

/** The words as one line: a title's lines joined, no-break spaces as spaces. */
const flat = (text: string) => text.replace(/\n/g, ' ').replace(/\u00a0/g, ' ');

const fonts = { regular: readMetrics(readFileSync(FONT_FILES.regular)), bold: readMetrics(readFileSync(FONT_FILES.bold)) };
/** The characters of a text the card font cannot draw (spaces and line ends aside). */
const missingGlyphs = (text: string, bold = false) => [...new Set(text)].filter((c) => !/\s/.test(c) && (bold ? fonts.bold : fonts.regular).advance(c.codePointAt(0)!) === null);

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('a link-preview card', () => {
	it('of a Russian single-value view is drawn in Russian, then rasterised to a 1200 × 630 PNG', async () => {
		const svg = await svgOf('ru', '/detentions/charge/antiwar_speech/');
		const text = words(svg);
		expect(svg).toContain('xml:lang="ru"');
		expect(text).toContain('Репрессии в цифрах');
		expect(flat(text)).toContain('Задержания — тип обвинения: Антивоенные высказывания');
		expect(flat(text)).toMatch(/\d задержани(е|я|й) с \d/);
		expect(text).toMatch(/^Источник: /m);
		expect(text).toMatch(/^Данные на \d+ [а-я]+ \d{4}\.$/m);
		if (isDemo('detentions')) expect(text).toContain('Демо-данные');
		// No interface word left in English: every Latin word drawn is a source's own name or a code.
		expect(text).not.toMatch(/\b(Detentions|Source|Data as of|Demo data|per month|Repression)\b/);
		expect(missingGlyphs(text)).toEqual([]);
		// The chart is the site's own plot, in the page's classes.
		expect(svg).toContain('class="series-area"');

		const png = await renderSvg(svg);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(150_000);
		// The fonts cut to a card's characters draw the very same pixels as the whole fonts, which a character outside
		// them (here in a comment, drawing nothing) brings back.
		expect(png.equals(await renderSvg(svg.replace('</svg>', '<!-- Ω --></svg>')))).toBe(true);
	});

	it('of a Russian collection names it, its people and who is held now, over its people by article', async () => {
		const [collection] = readCsv('data/collections.csv');
		const members = readCsv('data/collection_members.csv').filter((m) => m.collection === collection!.slug);
		const svg = await svgOf('ru', `/collections/${collection!.slug}/`);
		const text = flat(words(svg));
		expect(text).toContain(collection!.title_ru!);
		expect(text).toMatch(new RegExp(`${members.length} человек(а)? · Сейчас в заключении: \\d+`));
		if (isDemo('collections')) expect(text).toContain('Демо-данные');
		expect(missingGlyphs(text)).toEqual([]);
		expect(svg).toContain('class="bar-row');
		expect(pngSize(await renderSvg(svg))).toEqual({ width: 1200, height: 630 });
	});

	it('of the English home page says its count with its qualifier and source, and labels only the demo series', async () => {
		const text = words(await svgOf('en', '/'));
		expect(flat(text)).toContain('Anti-war detentions and political prisoners in Russia');
		expect(text).toMatch(/^Source: .+, \d+ [A-Z][a-z]+ \d{4}$/m);
		expect(text).toMatch(/^Chart data as of /m);
		expect(text).not.toMatch(/[А-Яа-яЁё]/);
		expect(text.split('Demo data').length - 1).toBe(isDemo('detentions') ? 1 : 0);
	});

	it('of a series of published figures is never labelled demo', async () => {
		const text = words(await svgOf('ru', pages.find((p) => p.startsWith('/embed/figures/'))!));
		expect(text).toMatch(/^Последнее: /m);
		expect(text).not.toContain('Демо-данные');
	});

	it('of a profile has the name, status, charges and how to write a letter, and no picture', async () => {
		const svg = await svgOf('ru', pages.find((p) => p.startsWith('/prisoners/'))!);
		const text = words(svg);
		expect(text).toContain('ОБВИНЕНИЯ');
		expect(text).toContain('КАК НАПИСАТЬ ПИСЬМО');
		expect(text).toMatch(/УК \d/);
		expect(svg).not.toMatch(/<image\b/);
		expect(pngSize(await renderSvg(svg))).toEqual({ width: 1200, height: 630 });
	});

	it('draws every card’s words in letters the font has', async () => {
		// One card of each kind, in both languages.
		const kinds = ['/', pages.find((p) => p.startsWith('/detentions/'))!, '/embed/detentions-by-region-map/', '/embed/detentions-by-article/', '/embed/prisoners-by-sentence/', pages.find((p) => p.startsWith('/embed/figures/'))!, pages.at(-1)!];
		for (const locale of ['en', 'ru'] as const)
			for (const page of kinds) {
				const text = words(await svgOf(locale, page));
				expect([...missingGlyphs(text), ...missingGlyphs(text, true)], `${locale} ${page}`).toEqual([]);
			}
	});

	it('has no card for a page that shows another’s, or for a value the data does not hold', async () => {
		expect(await pageCard(db, 'en', '/detentions/')).toBeNull();
		expect(await pageCard(db, 'en', '/detentions/charge/no-such-charge/')).toBeNull();
		expect(await pageCard(db, 'en', '/prisoners/no-such-person/')).toBeNull();
	});

	it('fits a long title in its lines, shortened with "…" only when it must be', () => {
		const long = 'Задержания — статья: КоАП 20.3.3 · Публичные действия, направленные на дискредитацию использования Вооружённых Сил Российской Федерации';
		const fitted = fitText(long, { width: 600, sizes: [54, 36], maxLines: 2, bold: true });
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[1]).toMatch(/…$/);
		for (const line of fitted.lines) expect(textWidth(line, fitted.size, true)).toBeLessThanOrEqual(600);
		expect(fitText('Москва', { width: 600, sizes: [54, 36], maxLines: 2, bold: true })).toEqual({ size: 54, lines: ['Москва'] });
	});
});

// ---- Golden cards: one of each kind, from fixed data, in both languages ------------------------------------------

const frame = (locale: Locale, demo: boolean) => ({
	locale,
	site: locale === 'ru' ? 'Репрессии в цифрах' : 'Repression in numbers',
	demo: demo ? (locale === 'ru' ? 'Демо-данные' : 'Demo data') : null,
	footer: [locale === 'ru' ? 'Источник: Тест <b>1</b>' : 'Source: Test <b>1</b>', locale === 'ru' ? 'Данные на 31 января 2024 г.' : 'Data as of 31 January 2024.']
});
const months = ['2023-09-01', '2023-10-01', '2023-11-01', '2023-12-01', '2024-01-01'];
const GOLDEN: Record<string, (locale: Locale) => CardSpec> = {
	series: (locale) => ({ ...frame(locale, true), title: locale === 'ru' ? 'Задержания по месяцам' : 'Detentions by month', subtitle: '1 234', body: { kind: 'series', points: months.map((period, i) => ({ period, value: i === 2 ? null : 10 * (i + 1) })) } }),
	bars: (locale) => ({
		...frame(locale, true),
		title: locale === 'ru' ? 'По типу события' : 'By event type',
		body: { kind: 'bars', items: [{ key: 'rally', label: locale === 'ru' ? 'Митинг' : 'Rally', value: 1200 }, { key: 'picket', label: locale === 'ru' ? 'Одиночный пикет' : 'Single picket', value: 300 }, { key: null, label: '?', value: null }] }
	}),
	map: (locale) => ({
		...frame(locale, true),
		title: locale === 'ru' ? 'По регионам' : 'By region',
		body: {
			kind: 'map',
			tiles: [
				{ code: 'RU-MOW', col: 1, row: 1, name: locale === 'ru' ? 'Москва' : 'Moscow', outlined: false, value: 1000 },
				{ code: 'RU-SPE', col: 1, row: 0, name: locale === 'ru' ? 'Санкт-Петербург' : 'Saint Petersburg', outlined: false, value: 250 },
				{ code: 'UA-43', col: 0, row: 2, name: locale === 'ru' ? 'Крым' : 'Crimea', outlined: true, value: 0 },
				{ code: 'RU-CHU', col: 3, row: 0, name: locale === 'ru' ? 'Чукотка' : 'Chukotka', outlined: false, value: null }
			]
		}
	}),
	figures: (locale) => ({
		...frame(locale, false),
		title: locale === 'ru' ? 'Политзаключённые' : 'Political prisoners',
		body: {
			kind: 'figures',
			figures: [
				{ metric: 'm', date: '2022-01-01', value: 420, qualifier: 'exact', sourceTitle: 'Memorial', sourceDate: '2022-01-02', sourceUrl: null, note: null },
				{ metric: 'm', date: '2024-01-01', value: 680, qualifier: 'at_least', sourceTitle: 'Memorial', sourceDate: '2024-01-02', sourceUrl: null, note: null }
			]
		}
	}),
	profile: (locale) => ({
		...frame(locale, true),
		title: locale === 'ru' ? 'Иван Тестов' : 'Ivan Testov',
		subtitle: locale === 'ru' ? 'Ivan Testov' : 'Иван Тестов',
		titleLines: 1,
		body: {
			kind: 'profile',
			facts: { status: locale === 'ru' ? 'В колонии · Москва · 40 лет' : 'In a penal colony · Moscow · 40', chargesHeading: locale === 'ru' ? 'Обвинения' : 'Charges', charges: ['УК 207.3 — «Фейки»'], letterHeading: locale === 'ru' ? 'Как написать письмо' : 'How to write a letter', letter: 'ФКУ ИК-1, 123456, г. Тестовск, ул. Тестовая, 1' }
		}
	}),
	count: (locale) => ({
		...frame(locale, false),
		title: locale === 'ru' ? 'Антивоенные задержания' : 'Anti-war detentions',
		body: { kind: 'count', count: { qualifier: locale === 'ru' ? 'не менее' : 'at least', value: '267', text: locale === 'ru' ? 'в заключении на 20 февраля 2024 г.' : 'in prison on 20 February 2024' }, caption: '1 234', demo: locale === 'ru' ? 'Демо-данные' : 'Demo data', points: months.map((period, i) => ({ period, value: i })) }
	})
};

describe('golden cards', () => {
	it.each(Object.keys(GOLDEN).flatMap((kind) => (['en', 'ru'] as const).map((locale) => [kind, locale] as const)))('%s (%s)', async (kind, locale) => {
		const svg = cardSvg(GOLDEN[kind]!(locale));
		// Text from data is text: the source's markup is drawn as characters.
		expect(svg).toContain('&lt;b>1&lt;/b>');
		await expect(goldenSvg(svg)).toMatchFileSnapshot(`__snapshots__/card-${kind}-${locale}.svg`);
	});
});
