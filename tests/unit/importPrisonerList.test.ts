// Importing prisoner lists as NGOs keep them: every row lands in our schema, read as a person would read it, or is
// rejected with its editor line and what to do; every inference is counted in the notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../src/lib/ingest/package';
import { canonicalCsv } from '../../src/lib/ingest/serialize';
import { importPrisonerList, type PrisonerListOptions } from '../../src/lib/import/prisonerList';
import { placeMatcher } from '../../src/lib/import/places';
import { readReferenceTables } from '../../src/lib/import/reference';
import type { Row } from '../../src/lib/schema/types';
import { dataPackage, resourceByName } from '../../src/lib/schema/package';

const references = readReferenceTables((path) => readFileSync(`data/${path}`));
const options: PrisonerListOptions = { references, matchPlace: placeMatcher(references.regions, references.places), asOf: '2026-11-01', recognizedBy: null, defaultRegion: null, map: {} };
const importFile = (file: string, more: Partial<PrisonerListOptions> = {}) => importPrisonerList(readFileSync(file, 'utf8'), file, { ...options, ...more });
const importText = (text: string, more: Partial<PrisonerListOptions> = {}) => importPrisonerList(text, 'list.csv', { ...options, ...more });

/** The issues data:check finds in the prisoners.csv these rows make (other files may be mid-edit by others). */
function prisonersCsvIssues(rows: Row[]) {
	const bytes = new TextEncoder().encode(canonicalCsv(resourceByName('prisoners')!, rows));
	const check = validatePackage(dataPackage, (r) => (r.name === 'prisoners' ? bytes : readFileSync(`data/${r.path}`)));
	return check.issues.filter((i) => i.file === 'prisoners.csv');
}

const landed = (rows: Row[]) => rows.map((r) => [r.id, r.articles, r.punishment, r.status, r.sentence_years, r.fine_rub, r.region, r.arrested_on, r.sentenced_on, r.released_on]);

describe('importPrisonerList on a list in our column names', () => {
	const result = importFile('tests/fixtures/import/prisoner-list.csv');

	it('reads names, cited articles, region, status, sentence and dates', () => {
		expect(landed(result.rows)).toEqual([
			['pyotr-vymyshlenov', ['uk-207.3'], 'imprisonment', 'imprisoned', 7.5, null, 'RU-MOW', '2022-03-05', '2023-01-10', null],
			['anna-testova', ['uk-280.3', 'koap-20.3.3'], null, 'pretrial_detention', null, null, 'RU-SPE', '2024-06-01', null, null]
		]);
		const [petr] = result.rows;
		expect(petr!.articles_raw).toBe('ч. 2 ст. 207.3 УК РФ');
		expect(petr!.sentence_raw).toBe('лишение свободы на 7 лет 6 месяцев в колонии общего режима');
		expect(petr!.bio_ru).toBe('Вымышленный человек для теста.\nВторой абзац.');
		expect(petr!.recognized_by).toBeNull();
		expect(result.rows.map((r) => r.updated_on)).toEqual(['2026-11-01', '2026-11-01']);
	});

	it('rejects the rows it cannot read, with line and what to do', () => {
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[5, 'region "Нарния" is not a place we know (add it to data/places.csv or regions.csv aliases)'],
			[6, 'article uk-999 (cited as «ст. 999 УК РФ») is not in data/articles.csv; add it there or fix the citation'],
			[7, 'arrested_on "31.02.2022" is not a day that exists']
		]);
		expect(result.summary).toEqual({ rowsIn: 5, rowsOut: 2, rejected: 3 });
	});

	it('says what it inferred', () => {
		expect(result.notes).toEqual([
			'status inferred for 2 rows: 1 × «лишение свободы» → imprisoned; 1 × «Под стражей» → pretrial_detention',
			'name_en transliterated from name for 2 rows'
		]);
	});

	it('writes a prisoners.csv that passes data:check', () => {
		expect(prisonersCsvIssues(result.rows)).toEqual([]);
	});
});

describe('importPrisonerList on a list as an NGO keeps it', () => {
	const map = {
		ФИО: 'name', 'Год рождения': 'birth_year', Пол: 'gender', Регион: 'region', Статьи: 'articles', Стадия: 'stage', Приговор: 'measure',
		'Дата ареста': 'arrested_on', 'Дата приговора': 'sentenced_on', 'Дата освобождения': 'released_on', 'Адрес для писем': 'letter_address',
		Биография: 'biography', Источник: 'source_url'
	};
	const result = importFile('tests/fixtures/import/prisoners-messy.csv', { map, recognizedBy: 'Демо-правозащитный центр' });

	it('reads every valid row: articles in order, punishment, status, term, fine, region and dates', () => {
		expect(landed(result.rows)).toEqual([
			['semyon-nebylitsyn', ['uk-205.2', 'uk-280.4'], 'imprisonment', 'imprisoned', 5.5, null, 'RU-SVE', '2024-03-03', '2024-10-15', null],
			['alyona-vydumkina', ['uk-207.3'], 'imprisonment', 'imprisoned', 3.5, null, 'RU-TA', '2024-03-03', null, null],
			['igor-sochinyonov', ['uk-207.3'], 'imprisonment', 'imprisoned', 8, null, 'RU-SA', '2024-03-03', null, null],
			['vera-fantazyorova', ['uk-207.3'], 'imprisonment', 'imprisoned', 1.5, null, 'RU-NIZ', '2022-03-05', null, null],
			['pavel-pridumkin', ['uk-280.3'], 'suspended', 'non_custodial', 2, null, 'RU-MOW', null, '2023-12-01', null],
			['olga-obraztsova', ['uk-280.3', 'koap-20.3.3'], 'fine', 'non_custodial', null, 800_000, 'RU-SPE', null, null, null],
			['ruslan-primerov', ['uk-205'], 'life_imprisonment', 'imprisoned', null, null, 'RU-KDA', '2022-06-12', null, null],
			['denis-chernovikov', ['uk-205.2'], 'imprisonment', 'exchanged', 10, null, 'RU-ROS', null, null, '2024-08-01'],
			['marina-eskizova', ['uk-280.3'], null, 'house_arrest', null, null, 'RU-SAM', null, null, null],
			['gleb-nabroskov', ['uk-275'], null, 'pretrial_detention', null, null, 'RU-NVS', '2025-01-12', null, null],
			['inna-zagotovkina', ['uk-207.3'], 'forced_labour', 'non_custodial', 3, null, 'RU-PER', null, null, null],
			['semyon-nebylitsyn-2', ['uk-207.3'], 'suspended', 'non_custodial', 2, 500_000, 'RU-MOW', null, null, null]
		]);
	});

	it('keeps what the list wrote beside what it was read as, and puts a city nowhere but in its region', () => {
		const first = result.rows[0]!;
		expect(first).toMatchObject({
			name_ru: 'Семён Небылицын',
			name_en: 'Semyon Nebylitsyn',
			birth_year: 1979,
			gender: 'male',
			articles_raw: 'ст.ст. 205.2 ч.2, 280.4 ч.3 УК',
			case_category: 'terrorism',
			sentence_raw: '5 лет 6 мес. колонии общего режима',
			facility: null,
			letter_address: '000000, Демо-область, ФКУ ИК-0, Небылицыну Семёну, 1979 г. р.',
			bio_ru: 'Вымышленный человек для теста.\nПисал посты.',
			recognized_by: 'Демо-правозащитный центр',
			source_url: 'https://example.org/demo/nebylitsyn',
			updated_on: '2026-11-01'
		});
		expect(JSON.stringify(result.rows)).not.toContain('Екатеринбург');
		expect(result.rows[6]!.articles_raw).toBe('ч. 1 ст. 30, п. «а» ч. 3 ст. 205 УК РФ');
	});

	it('never counts a punishment served at liberty as custody, whatever the stage says', () => {
		const atLiberty = result.rows.filter((r) => ['suspended', 'fine', 'forced_labour'].includes(String(r.punishment)));
		expect(atLiberty.map((r) => r.status)).toEqual(['non_custodial', 'non_custodial', 'non_custodial', 'non_custodial']);
	});

	it('rejects the unusable rows with their editor line and what to do', () => {
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[15, 'region "Новосибирк" is not a place we know; closest: Новосибирск (RU-NVS), Новосибирская область (RU-NVS) (add it to data/places.csv or regions.csv aliases)'],
			[16, 'article uk-999 (cited as «ст. 999 УК РФ») is not in data/articles.csv; add it there or fix the citation'],
			[17, 'arrested_on "30 февраля 2023" is not a day that exists'],
			[18, 'stage "уточняется" is not a stage we know; write one such as «СИЗО», «домашний арест», «суд», «осуждён», «освобождён», «обмен», «умер»']
		]);
		expect(result.rejected[0]!.cells[0]).toBe('Тимур Прототипов');
		expect(result.summary).toEqual({ rowsIn: 16, rowsOut: 12, rejected: 4 });
	});

	it('counts every inference in the notes', () => {
		expect(result.notes).toEqual([
			'status inferred for 12 rows: 4 × «лишение свободы», 1 × «пожизненное лишение свободы» → imprisoned; 2 × «условный срок», 1 × «принудительные работы», 1 × «штраф, though the stage says СИЗО» → non_custodial; 1 × «Освобождён по обмену» → exchanged; 1 × «домашний арест» → house_arrest; 1 × «СИЗО» → pretrial_detention',
			'punishment assumed from a bare term for 2 rows: 1 × «3,5 года», 1 × «восемь лет» → imprisonment',
			'term read from words for 2 rows: 1 × «полтора года колонии-поселения» → 1.5 years; 1 × «восемь лет» → 8 years',
			'cities in the region column, placed in their regions for 9 rows: 1 × «Краснодар» → RU-KDA; 1 × «Нижний Новгород» → RU-NIZ; 1 × «Новосибирск» → RU-NVS; 1 × «Пермь» → RU-PER; 1 × «Ростов-на-Дону» → RU-ROS; 1 × «г. Якутск» → RU-SA; 1 × «Самара» → RU-SAM; 1 × «Екатеринбург» → RU-SVE; 1 × «Казань» → RU-TA',
			'General Part articles (attempt, complicity) kept in articles_raw but not in articles: 1 × «uk-30»',
			'name_en transliterated from name for 12 rows',
			'ids shared by several people, numbered: semyon-nebylitsyn-2',
			'gender not read, left empty: 1 × «?»',
			'source_url not a web link, left empty: 1 × «см. сайт»'
		]);
	});

	it('writes a prisoners.csv that passes data:check', () => {
		expect(prisonersCsvIssues(result.rows)).toEqual([]);
	});
});

describe('importPrisonerList with less to go on', () => {
	it('imports a list without stage or measure, status from the dates, and says so', () => {
		const result = importText('name,articles,region,arrested_on,sentenced_on,released_on\nАнна Тестова,ст. 207.3,Москва,01.02.2023,,\nПётр Вымышленов,ст. 207.3,Москва,01.02.2023,01.09.2023,\nОлег Придуманный,ст. 207.3,Москва,01.02.2023,01.09.2023,01.10.2025\n');
		expect(result.rows.map((r) => [r.id, r.status, r.punishment])).toEqual([
			['anna-testova', 'pretrial_detention', null],
			['pyotr-vymyshlenov', 'imprisoned', null],
			['oleg-pridumannyy', 'released', null]
		]);
		expect(result.notes.slice(0, 2)).toEqual([
			'no stage or measure column: status from the dates (released_on → released, sentenced_on → imprisoned, otherwise pretrial_detention); check it',
			'status inferred for 3 rows: 1 × «sentenced_on given» → imprisoned; 1 × «nothing says sentenced or released» → pretrial_detention; 1 × «released_on given» → released'
		]);
		expect(prisonersCsvIssues(result.rows)).toEqual([]);
	});

	it('ends a prison term at a release date on or before the list date, not after it', () => {
		const result = importText('name,articles,region,measure,released_on\nАнна Тестова,ст. 207.3,Москва,3 года колонии,01.10.2026\nПётр Вымышленов,ст. 207.3,Москва,3 года колонии,01.10.2027\n');
		expect(result.rows.map((r) => r.status)).toEqual(['released', 'imprisoned']);
	});

	it('puts rows with an empty region, or a list without a region column, in --region', () => {
		const emptyCell = importText('name,articles,region\nАнна Тестова,ст. 207.3,\nПётр Вымышленов,ст. 207.3,Казань\n', { defaultRegion: 'RU-TA' });
		expect(emptyCell.rows.map((r) => r.region)).toEqual(['RU-TA', 'RU-TA']);
		expect(emptyCell.notes).toContain('region empty, set to RU-TA (--region) for 1 row');
		const noColumn = importText('name,articles\nАнна Тестова,ст. 207.3\n', { defaultRegion: 'RU-TA' });
		expect(noColumn.rows.map((r) => r.region)).toEqual(['RU-TA']);
		const withoutRegion = importText('name,articles,region\nАнна Тестова,ст. 207.3,\n');
		expect(withoutRegion.rejected.map((r) => r.reason)).toEqual(["region is empty; fill it in, or give the list's region with --region NAME_OR_CODE"]);
	});

	it('stops at a header without the columns it needs', () => {
		const result = importText('ФИО,Регион\nАнна Тестова,Москва\n');
		expect(result.rows).toEqual([]);
		expect(result.fileIssues.map((i) => i.message)).toEqual([
			'the header lacks name, articles, region; a prisoner list needs at least name, articles, region (and reads name, articles, region, stage, measure, biography, letter_address, name_en, birth_year, birth_date, gender, arrested_on, sentenced_on, released_on, facility, source_url); for a list of one region, give it with --region NAME_OR_CODE; map other names with --map theirs=ours'
		]);
	});

	it('reads a sentenced stage over a measure of restraint left in the list', () => {
		const result = importText('name,articles,region,stage,measure\nАнна Тестова,ст. 207.3,Москва,осуждена,заключение под стражу\nПётр Вымышленов,ст. 207.3,Москва,следствие,заключение под стражу\n');
		expect(result.rows.map((r) => [r.status, r.punishment])).toEqual([['imprisoned', null], ['pretrial_detention', null]]);
		expect(result.notes[0]).toBe('status inferred for 2 rows: 1 × «осуждена, no sentence given» → imprisoned; 1 × «заключение под стражу» → pretrial_detention');
	});

	it('rejects people held by no one and not sentenced, and stages it cannot read', () => {
		const result = importText('name,articles,region,stage,measure\nАнна Тестова,ст. 207.3,Москва,следствие,запрет определённых действий\nПётр Вымышленов,ст. 207.3,Москва,???,5 лет\n');
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[2, 'measure "запрет определённых действий" leaves the person at liberty and names no sentence, which no status of the prisoners table means; write the sentence (e.g. «2 года условно») or the stage if they are held, or leave the row out'],
			[3, 'stage "???" is not a stage we know; write one such as «СИЗО», «домашний арест», «суд», «осуждён», «освобождён», «обмен», «умер»']
		]);
	});
});

describe('importPrisonerList and dates of birth', () => {
	it('reads a birth date column under its Russian name, in the ways lists write dates, a year alone as a year', () => {
		const result = importText(
			'ФИО,Статьи,Регион,Год рождения,Дата рождения\n' +
				'Анна Тестова,ст. 207.3,Москва,1990,05.03.1990\n' +
				'Пётр Вымышленов,ст. 207.3,Москва,,7 ноября 1985 г.\n' +
				'Олег Придуманный,ст. 207.3,Москва,,1979\n' +
				'Вера Примерова,ст. 207.3,Москва,1991,05.03.1990\n' +
				'Глеб Набросков,ст. 207.3,Москва,,31.02.1990\n',
			{ map: { ФИО: 'name', Статьи: 'articles', Регион: 'region', 'Год рождения': 'birth_year' } }
		);
		expect(result.rows.map((r) => [r.id, r.birth_year, r.birth_date])).toEqual([
			['anna-testova', 1990, '1990-03-05'],
			['pyotr-vymyshlenov', 1985, '1985-11-07'],
			['oleg-pridumannyy', 1979, null]
		]);
		expect(result.rejected.map((r) => [r.line, r.reason])).toEqual([
			[5, 'birth_date "05.03.1990" is in 1990 but birth_year says 1991; correct one of the two'],
			[6, 'birth_date "31.02.1990" is not a day that exists']
		]);
		expect(result.notes).toContain('birth_year taken from birth_date for 1 row');
		expect(result.notes).toContain('birth_date holding a year only, kept as birth_year: 1 × «1979»');
		expect(prisonersCsvIssues(result.rows)).toEqual([]);
	});
});
