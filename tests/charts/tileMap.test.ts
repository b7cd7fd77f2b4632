// The tile map as a reader meets it: every region's name shortened to fit its tile at phone, tablet and desktop
// widths in both languages, colour classes that tell the middle of a skewed distribution apart, a tooltip that stays
// on the chart, arrow keys that move to the tile a reader expects, and colours whose labels stay legible.
import { describe, expect, it } from 'vitest';
import TileMap from '../../src/lib/charts/frames/TileMap.svelte';
import { nameForms, regionStem } from '../../src/lib/charts/scales/regionLabels';
import { classOf, tileMapLayout, valueClasses, type TileInput } from '../../src/lib/charts/scales/tileMap';
import { neighbourTile, tooltipPlacement } from '../../src/lib/charts/scales/tileNavigation';
import { textWidth } from '../../src/lib/text/width';
import { PALETTES } from '../../src/lib/design/tokens';
import type { Locale } from '../../src/lib/i18n/locales';
import { readCsv } from '../csvTotals';
import { renderHtml } from './svg';

const regions = readCsv('data/regions.csv');
const inputs = (locale: Locale, value: (code: string) => number | null = () => 1): TileInput[] =>
	regions.map((r) => ({ code: r.code!, col: Number(r.tile_col), row: Number(r.tile_row), name: locale === 'ru' ? r.name_ru! : r.name_en!, outlined: r.status === 'occupied', value: value(r.code!) }));
const labelsAt = (width: number, locale: Locale) => {
	const layout = tileMapLayout(inputs(locale), { width, locale });
	return { layout, byCode: new Map(layout.tiles.map((t) => [t.code, t.label])) };
};
const LETTERS = /\p{L}/gu;

describe('names on tiles', () => {
	it('names regions on a phone, the eastern half under the western one, every tile a target of 24 px or more', () => {
		for (const locale of ['en', 'ru'] as const) {
			const { layout, byCode } = labelsAt(358, locale);
			expect(layout.foldY, locale).not.toBeNull();
			expect(layout.size, locale).toBeGreaterThanOrEqual(24);
			expect(layout.width, locale).toBeLessThanOrEqual(358);
			expect(layout.tiles.filter((t) => t.label !== '').length, `${locale}: most tiles named`).toBeGreaterThanOrEqual(70);
			// Moscow is in the west, above the fold; Primorsky in the east, below it, and no two tiles share a place.
			const at = (code: string) => layout.tiles.find((t) => t.code === code)!;
			expect(at('RU-MOW').y).toBeLessThan(layout.foldY!);
			expect(at('RU-PRI').y).toBeGreaterThan(layout.foldY!);
			expect(new Set(layout.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(layout.tiles.length);
			expect(byCode.get('RU-TA'), locale).toBe(locale === 'en' ? 'Tatar.' : 'Татар.');
		}
		// Where the whole grid fits tiles of 25 px it stays whole.
		expect(labelsAt(640, 'en').layout.foldY).toBeNull();
	});

	it('never calls a region by an adjective alone: "Jewish" is the Jewish AO', () => {
		for (const width of [358, 640, 950, 1200]) {
			const label = labelsAt(width, 'en').byCode.get('RU-YEV');
			expect(['Jewish AO', 'JAO'], `${width}`).toContain(label);
		}
		expect(['Еврейская АО', 'Еврейская', 'ЕАО']).toContain(labelsAt(1200, 'ru').byCode.get('RU-YEV'));
		expect(labelsAt(358, 'ru').byCode.get('RU-YEV')).toBe('ЕАО');
	});

	it('shortens names at a sensible point with a full stop at 640 px', () => {
		const en = labelsAt(640, 'en').byCode;
		expect(en.get('RU-TA')).toBe('Tatar.');
		expect(en.get('RU-MOW')).toBe('Mosc.');
		expect(en.get('RU-SPE')).toBe('St P.');
		expect(en.get('RU-NIZ')).toBe('Nizh.');
		expect(en.get('RU-OMS')).toBe('Omsk');
		expect(en.get('RU-BRY')).toBe('Bryan.');
		const ru = labelsAt(640, 'ru').byCode;
		expect(ru.get('RU-TA')).toBe('Тат.');
		expect(ru.get('RU-MOW')).toBe('Моск.');
		expect(ru.get('RU-SPE')).toBe('СПб');
		expect(ru.get('RU-TUL')).toBe('Тул.');
		expect(ru.get('UA-43')).toBe('Крым');
	});

	it('names most regions in full on a wide screen, leaving out the kind of region first', () => {
		const en = labelsAt(1200, 'en').byCode;
		expect(en.get('RU-TA')).toBe('Tatarstan');
		expect(en.get('RU-MOW')).toBe('Moscow');
		expect(en.get('RU-TUL')).toBe('Tula');
		expect(en.get('RU-KEM')).toBe('Kemerovo');
		expect(en.get('UA-43')).toBe('Crimea');
		expect(en.get('RU-NIZ')).toBe('N. Novgorod');
		const ru = labelsAt(1200, 'ru').byCode;
		expect(ru.get('RU-TA')).toBe('Татарстан');
		expect(ru.get('RU-MOW')).toBe('Москва');
		expect(ru.get('RU-MOS')).toBe('Московская');
		expect(ru.get('RU-SE')).toBe('С. Осетия');
		expect(ru.get('RU-SPE')).toBe('С.-Петерб.');
		expect(labelsAt(950, 'ru').byCode.get('RU-TA')).toBe('Татарст.');
	});

	it('keeps two regions that would read alike apart, or leaves their names out', () => {
		const wide = labelsAt(1200, 'en').byCode;
		expect(wide.get('RU-MOS')).toBe('Moscow Obl.');
		expect(wide.get('RU-AL')).toBe('Altai Rep.');
		expect(wide.get('RU-ALT')).toBe('Altai Krai');
		// At 640 px "Mosc." could be either: the city keeps it, the oblast has only its tooltip.
		const narrow = labelsAt(640, 'en').byCode;
		expect(narrow.get('RU-MOS')).toBe('');
	});

	it.each([358, 390, 640, 950, 1200].flatMap((w) => [[w, 'en'], [w, 'ru']] as const))('at %i px (%s) no label is wider than its tile, none repeats, each has three letters', (width, locale) => {
		const { layout } = labelsAt(width, locale);
		const labels = layout.tiles.map((t) => t.label).filter(Boolean);
		// Only regions whose stems read alike keep their kind of region (Altai Republic and Altai Krai).
		const alike = new Set(['RU-AL', 'RU-ALT', 'RU-MOS']);
		for (const tile of layout.tiles.filter((t) => t.label)) {
			const label = tile.label;
			expect(textWidth(label, layout.fontSize), label).toBeLessThanOrEqual(layout.size - 2);
			expect(label.match(LETTERS)?.length ?? 0, label).toBeGreaterThanOrEqual(3);
			if (!alike.has(tile.code)) expect(label, label).not.toMatch(/Oblast|Republic|Krai|Okrug|область|край|Республика|республика|округ/u);
		}
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels.length, 'most tiles are named').toBeGreaterThanOrEqual(locale === 'en' ? 75 : 70);
	});

	it('cuts after a consonant, before a letter, and never leaves a soft sign at the end', () => {
		for (const name of ['Свердловская область', 'Ульяновская область', 'Chechnya', 'Sverdlovsk Oblast']) {
			for (const form of nameForms(name).filter((f) => f.endsWith('.'))) {
				const kept = form.slice(0, -1);
				expect(kept, form).toMatch(/[^aeiouаеёиоуыэюяьъ]$/iu);
			}
		}
		expect(nameForms('Chechnya')).toContain('Chechn.');
		expect(nameForms('Chechnya').indexOf('Chech.')).toBeLessThan(nameForms('Chechnya').indexOf('Chec.'));
	});

	it('finds the stem of every kind of name', () => {
		expect(regionStem('Kemerovo Oblast – Kuzbass')).toBe('Kemerovo');
		expect(regionStem('Республика Саха (Якутия)')).toBe('Саха');
		expect(regionStem('Чувашская Республика — Чувашия')).toBe('Чувашская');
		expect(regionStem('Jewish Autonomous Oblast')).toBe('Jewish');
		expect(regionStem('Ханты-Мансийский автономный округ — Югра')).toBe('Ханты-Мансийский');
		expect(regionStem('Donetsk Oblast (occupied part)')).toBe('Donetsk');
		expect(regionStem('Moscow')).toBe('Moscow');
	});
});

describe('colour classes', () => {
	const skewed = [...Array.from({ length: 20 }, (_, i) => i + 1), 5000, 12000];

	it('gives the middle of a skewed distribution classes of its own', () => {
		const classes = valueClasses(skewed);
		expect(classes).toHaveLength(5);
		expect(classes[0]!.from).toBe(1);
		expect(classes.at(-1)!.to).toBe(12000);
		classes.slice(1).forEach((c, i) => expect(c.from, 'contiguous').toBe(classes[i]!.to + 1));
		const middle = new Set([3, 7, 11, 15, 19].map((v) => classOf(v, classes)));
		expect(middle.size, 'five values of the middle, five classes').toBe(5);
		expect(classOf(5000, classes)).toBe(5);
		expect(classOf(12000, classes)).toBe(5);
		expect(classOf(1, classes)).toBe(1);
	});

	it('draws zero and unknown apart from every class, and leaves them out of the breaks', () => {
		const withGaps = [...skewed, 0, 0, 0, null, null];
		expect(valueClasses(withGaps)).toEqual(valueClasses(skewed));
		expect(classOf(0, valueClasses(withGaps))).toBe(0);
		expect(classOf(null, valueClasses(withGaps))).toBeNull();
		const layout = tileMapLayout(
			[
				{ code: 'A', col: 0, row: 0, name: 'A', outlined: false, value: 0 },
				{ code: 'B', col: 1, row: 0, name: 'B', outlined: false, value: null },
				{ code: 'C', col: 2, row: 0, name: 'C', outlined: false, value: 40 }
			],
			{ width: 300, locale: 'en' }
		);
		expect(layout.tiles.map((t) => [t.colourClass, t.valueLabel])).toEqual([[0, '0'], [null, '—'], [1, '40']]);
	});

	it('makes no more classes than there are distinct counts, and none when nothing was counted', () => {
		expect(valueClasses([5, 5, 5])).toEqual([{ from: 1, to: 5 }]);
		expect(valueClasses([3, 9])).toEqual([{ from: 1, to: 8 }, { from: 9, to: 9 }]);
		expect(valueClasses([0, null, 0])).toEqual([]);
		expect(classOf(7, [])).toBe(0);
	});

	it('rounds large breaks to two significant figures without emptying a class', () => {
		const values = Array.from({ length: 50 }, (_, i) => 37 * i * i + 1);
		const classes = valueClasses(values);
		for (const c of classes.slice(1)) expect(String(c.from).replace(/0+$/, '').length, String(c.from)).toBeLessThanOrEqual(c.from >= 100 ? 2 : 3);
		for (const c of classes) expect(values.some((v) => v >= c.from && v <= c.to), `${c.from}–${c.to}`).toBe(true);
	});
});

describe('tooltip and keys', () => {
	const chart = { width: 400, height: 300 };
	const box = { width: 180, height: 40 };

	it('never runs off the chart', () => {
		for (const tile of [{ x: 0, y: 100 }, { x: 370, y: 100 }, { x: 200, y: 0 }, { x: 370, y: 270 }]) {
			const { left, top } = tooltipPlacement(tile, 28, 1, box, chart);
			expect(left).toBeGreaterThanOrEqual(0);
			expect(left + box.width).toBeLessThanOrEqual(chart.width);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top + box.height).toBeLessThanOrEqual(chart.height);
		}
		expect(tooltipPlacement({ x: 100, y: 100 }, 28, 1, box, chart)).toEqual({ left: 24, top: 56 });
		// On the top row there is no room above: it goes below the tile.
		expect(tooltipPlacement({ x: 100, y: 0 }, 28, 1, box, chart).top).toBe(32);
		expect(tooltipPlacement({ x: 100, y: 100 }, 28, 1, { width: 500, height: 40 }, chart).left).toBe(0);
	});

	it('moves to the next tile in the direction of the arrow, preferring its own row or column', () => {
		const grid = [
			{ code: 'a', col: 0, row: 0 },
			{ code: 'b', col: 2, row: 0 },
			{ code: 'c', col: 1, row: 1 },
			{ code: 'd', col: 3, row: 1 },
			{ code: 'e', col: 0, row: 3 }
		];
		expect(neighbourTile(grid, 'a', 'right')?.code).toBe('b');
		expect(neighbourTile(grid, 'c', 'right')?.code).toBe('d');
		expect(neighbourTile(grid, 'c', 'up')?.code).toBe('a');
		expect(neighbourTile(grid, 'a', 'down')?.code).toBe('c');
		expect(neighbourTile(grid, 'c', 'down')?.code).toBe('e');
		expect(neighbourTile(grid, 'b', 'right')?.code, 'one step aside for one ahead').toBe('d');
		expect(neighbourTile(grid, 'd', 'right')).toBeNull();
		expect(neighbourTile(grid, 'a', 'left')).toBeNull();
	});

	it('reaches every region of the real grid with the arrow keys', () => {
		const tiles = inputs('en');
		const seen = new Set([tiles[0]!.code]);
		const queue = [tiles[0]!.code];
		while (queue.length) {
			const code = queue.shift()!;
			for (const d of ['left', 'right', 'up', 'down'] as const) {
				const next = neighbourTile(tiles, code, d);
				if (next && !seen.has(next.code)) {
					seen.add(next.code);
					queue.push(next.code);
				}
			}
		}
		expect(seen.size).toBe(tiles.length);
	});
});

describe('the map in both languages', () => {
	const frame = { credit: { sources: [{ title: 'Test' }], licenses: [] }, dataDate: '2024-01-31', summary: 'A summary.', keyLabel: 'Region', valueLabel: 'Detentions', outlinedLabel: 'occupied', title: 'Map' };
	const value = (code: string) => (code === 'RU-MOW' ? 8000 : code === 'RU-CHU' ? null : code === 'RU-TY' ? 0 : (code.charCodeAt(3) * 7) % 300);

	it('writes the classes as ranges in the page number format, with swatches for zero, unknown and occupied', () => {
		const en = renderHtml(TileMap, { ...frame, id: 'map-en', tiles: inputs('en', value), initialWidth: 1200, hrefFor: (c: string) => `?region=${c}` });
		const legend = en.slice(en.indexOf('tile-map-legend'));
		expect(legend).toMatch(/tile-map-swatch zero/);
		expect(legend).toMatch(/\d–8,000</);
		expect(legend).toContain('1 to ');
		expect(legend).toContain('no data (count unknown)');
		expect(legend).toContain('occupied');
		expect(en).toContain('>Tatarstan</text>');
		expect(en).toContain('aria-label="Chukotka Autonomous Okrug: no data (count unknown)"');
		expect(en).toContain('role="group"');

		const ru = renderHtml(TileMap, { ...frame, id: 'map-ru', tiles: inputs('ru', value), initialWidth: 1200, valueText: (n: number) => `${n} задерж.` }, 'ru');
		expect(ru).toMatch(/\d–8\s000</u);
		expect(ru).toContain('от 1 до ');
		expect(ru).toContain('>Татарстан</text>');
		expect(ru).toContain('<title>Москва: 8000 задерж.</title>');
		// Without links the map is a picture: hidden from screen readers, no tab stop.
		expect(ru).toContain('role="presentation"');
		expect(ru).not.toContain('tabindex="0"');
	});
});

describe('palette', () => {
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrast = (a: string, b: string) => {
		const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
		return (hi! + 0.05) / (lo! + 0.05);
	};

	it.each(['light', 'dark'] as const)('keeps every label at 4.5:1 on its class and every class apart from zero (%s)', (name) => {
		const palette = PALETTES[name];
		const classes = ([1, 2, 3, 4, 5] as const).map((i) => ({ fill: palette[`map${i}`], ink: palette[`mapInk${i}`] }));
		classes.forEach(({ fill, ink }, i) => {
			expect(contrast(fill, ink), `class ${i + 1}`).toBeGreaterThanOrEqual(4.5);
			// A zero is drawn in the surface colour.
			expect(contrast(fill, palette.surface), `class ${i + 1} against zero`).toBeGreaterThanOrEqual(1.4);
		});
		// Sequential: each class lighter (light theme) or brighter (dark theme) than the one before.
		const steps = classes.map((c) => luminance(c.fill));
		const ordered = name === 'light' ? [...steps].sort((a, b) => b - a) : [...steps].sort((a, b) => a - b);
		expect(steps).toEqual(ordered);
	});
});
