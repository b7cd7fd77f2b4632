import { describe, expect, it } from 'vitest';
import { regionMatcher } from '../../src/lib/import/regionNames';
import { readCsv } from '../csvTotals';

const regions = readCsv('data/regions.csv').map((r) => ({ code: r.code!, nameRu: r.name_ru!, nameEn: r.name_en! }));
const match = regionMatcher(regions);

describe('regionMatcher', () => {
	it('finds every region by its own Russian and English names', () => {
		for (const r of regions) {
			expect(match(r.nameRu), r.nameRu).toBe(r.code);
			expect(match(r.nameEn), r.nameEn).toBe(r.code);
		}
	});

	it('reads the usual variants', () => {
		const cases: [string, string][] = [
			['Москва', 'RU-MOW'], ['г. Москва', 'RU-MOW'], ['Московская обл.', 'RU-MOS'], ['Moscow Oblast', 'RU-MOS'], ['Moscow', 'RU-MOW'],
			['Санкт-Петербург', 'RU-SPE'], ['СПб', 'RU-SPE'], ['St Petersburg', 'RU-SPE'], ['Якутия', 'RU-SA'], ['Кузбасс', 'RU-KEM'],
			['Башкирия', 'RU-BA'], ['Татарстан', 'RU-TA'], ['Республика Алтай', 'RU-AL'], ['Алтайский край', 'RU-ALT'], ['Чувашия', 'RU-CU'],
			['Республика Крым', 'UA-43'], ['Крым', 'UA-43'], ['Севастополь', 'UA-40'], ['Нижегородская область', 'RU-NIZ'], ['ХМАО', 'RU-KHM'],
			['Северная Осетия', 'RU-SE'], ['Ёмкость', '']
		];
		for (const [name, code] of cases) expect(match(name), name).toBe(code || null);
	});
});
