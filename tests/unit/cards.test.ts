// Link-preview cards as a reader of a shared link sees them: a 1200 × 630 PNG drawn by a real rasteriser (resvg),
// every word in the page's language and in a font that has its letters, the source and date on it, "Demo data" on
// cards of demo data only, and no photograph of a person.
import { describe, expect, it } from 'vitest';
import { bundledDatabase } from '../../src/lib/db/node';
import type { Locale } from '../../src/lib/i18n/locales';
import { cardSvg } from '../../src/lib/meta/cardFrame';
import { cardPages, pageCard } from '../../src/lib/meta/cards.server';
import { measure, missingGlyphs } from '../../src/lib/meta/fonts.server';
import { renderSvg } from '../../src/lib/meta/render.server';
import { fitText } from '../../src/lib/meta/svgText';
import { isDemo } from '../../src/lib/schema/package';

async function svgOf(locale: Locale, pagePath: string): Promise<string> {
	const card = await pageCard(await bundledDatabase(), locale, pagePath);
	if (!card) throw new Error(`no card for ${pagePath}`);
	return cardSvg(card, measure);
}

/** The words drawn: the text of every <text>, entities read back. */
const words = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
		.map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
		.join('\n');

/** The words as one line: a title's lines joined, no-break spaces as spaces. */
const flat = (text: string) => text.replace(/\n/g, ' ').replace(/\u00a0/g, ' ');

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

		const png = await renderSvg(svg);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(150_000);
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
		const db = await bundledDatabase();
		const figures = (await cardPages(db)).find((p) => p.startsWith('/embed/figures/'))!;
		const text = words(await svgOf('ru', figures));
		expect(text).toMatch(/^Последнее: /m);
		expect(text).not.toContain('Демо-данные');
	});

	it('of a profile has the name, status, charges and how to write a letter, and no picture', async () => {
		const db = await bundledDatabase();
		const profile = (await cardPages(db)).find((p) => p.startsWith('/prisoners/'))!;
		const svg = await svgOf('ru', profile);
		const text = words(svg);
		expect(text).toContain('ОБВИНЕНИЯ');
		expect(text).toContain('КАК НАПИСАТЬ ПИСЬМО');
		expect(text).toMatch(/УК \d/);
		expect(svg).not.toMatch(/<image\b/);
		expect(pngSize(await renderSvg(svg))).toEqual({ width: 1200, height: 630 });
	});

	it('draws every card’s words in letters the font has', async () => {
		const db = await bundledDatabase();
		const pages = await cardPages(db);
		// One card of each kind, in both languages.
		const kinds = ['/', pages.find((p) => p.startsWith('/detentions/'))!, '/embed/detentions-by-region-map/', '/embed/detentions-by-article/', '/embed/prisoners-by-sentence/', pages.find((p) => p.startsWith('/embed/figures/'))!, pages.at(-1)!];
		for (const locale of ['en', 'ru'] as const)
			for (const page of kinds) {
				const text = words(await svgOf(locale, page));
				expect([...missingGlyphs(text), ...missingGlyphs(text, true)], `${locale} ${page}`).toEqual([]);
			}
	});

	it('fits a long title in its lines, shortened with "…" only when it must be', () => {
		const long = 'Задержания — статья: КоАП 20.3.3 · Публичные действия, направленные на дискредитацию использования Вооружённых Сил Российской Федерации';
		const fitted = fitText(long, { width: 600, sizes: [54, 36], maxLines: 2, bold: true, measure });
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[1]).toMatch(/…$/);
		for (const line of fitted.lines) expect(measure(line, fitted.size, true)).toBeLessThanOrEqual(600);
		expect(fitText('Москва', { width: 600, sizes: [54, 36], maxLines: 2, bold: true, measure })).toEqual({ size: 54, lines: ['Москва'] });
	});
});
