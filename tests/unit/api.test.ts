// The data API: its files hold the numbers the view's page is drawn with, its citations and JSON-LD, private fields
// kept out of DuckDB's answers, and the limit that keeps Parquet out (the wasm build has no Parquet writer without an
// extension download).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bibtex, citationText, cslJson, type CiteSource } from '../../src/lib/api/cite';
import { profileFilePath, viewFilePath } from '../../src/lib/api/files';
import { datasetJsonLd, jsonLdText } from '../../src/lib/api/jsonLd';
import { profileResponse, viewFileResponse } from '../../src/lib/api/view.server';
import { bundledDatabase, createNodeDatabase } from '../../src/lib/db/node';
import { createTableSql, tableExportSql } from '../../src/lib/db/load';
import { detentionPageData } from '../../src/lib/detentions/pageData';
import { publicResource, publicRow, resourceByName } from '../../src/lib/schema/package';
import type { Resource } from '../../src/lib/schema/types';
import { readCsv } from '../csvTotals';

const CITE: CiteSource = {
	title: { en: 'Detentions — region: Moscow', ru: 'Задержания — регион: Москва' },
	authors: { en: ['OVD-Info {demo}'], ru: ['ОВД-Инфо'] },
	site: { en: 'Repression in numbers', ru: 'Репрессии в цифрах' },
	url: { en: 'https://example.org/detentions/region/RU-MOW/', ru: 'https://example.org/ru/detentions/region/RU-MOW/' },
	version: 'abc123def456',
	date: '2025-03-05'
};

describe('a view’s files', () => {
	it('live at paths named by the view’s key, safe for any code', () => {
		expect(viewFilePath(null, 'data.csv')).toBe('/data/api/detentions/all/data.csv');
		expect(viewFilePath({ key: 'article', value: 'uk-207.3' }, 'metadata.json')).toBe('/data/api/detentions/article/uk-207.3/metadata.json');
		expect(viewFilePath({ key: 'article', value: 'uk 280/3' }, 'data.json')).toBe('/data/api/detentions/article/uk%20280%2F3/data.json');
		expect(profileFilePath('p-1')).toBe('/data/api/prisoners/p-1.json');
	});

	it('hold exactly the numbers the view’s page is drawn with', async () => {
		const db = await bundledDatabase();
		const view = { key: 'region', value: 'RU-MOW' } as const;
		const page = await detentionPageData(db, view);
		const csv = Papa.parse<Record<string, string>>(await (await viewFileResponse(view, 'data.csv')).text(), { header: true, skipEmptyLines: true }).data;
		const cell = (n: number | null) => (n === null ? '' : String(n));
		expect(csv.filter((r) => r.breakdown === 'month').map((r) => [r.key, r.detained, r.events])).toEqual(page.monthly.map((p) => [p.period, cell(p.detained), String(p.events)]));
		expect(csv.filter((r) => r.breakdown === 'event').map((r) => [r.key, r.detained])).toEqual(page.breakdowns.event.map((k) => [k.key ?? '', cell(k.detained)]));
		const [total] = csv.filter((r) => r.breakdown === 'total');
		expect(total?.detained).toBe(cell(page.breakdowns.total.detained));
		const json = (await (await viewFileResponse(view, 'data.json')).json()) as { series: unknown; breakdowns: unknown };
		expect(json.series).toEqual(page.monthly);
		expect(json.breakdowns).toEqual(page.breakdowns);
	});

	it('say what they hold in metadata.json: titles, filter, sources, licence, version, citation, addresses', async () => {
		const meta = (await (await viewFileResponse({ key: 'region', value: 'RU-MOW' }, 'metadata.json')).json()) as Record<string, unknown>;
		const title = meta.title as Record<string, string>;
		expect(title.en).toMatch(/Moscow/);
		expect(title.ru).toMatch(/Москва/);
		expect(meta.filter).toEqual({ region: ['RU-MOW'] });
		expect((meta.licenses as unknown[]).length).toBeGreaterThan(0);
		expect(meta.version).toMatch(/^[0-9a-f]{12}$/);
		expect((meta.page as Record<string, string>).ru).toBe('/ru/detentions/region/RU-MOW/');
		expect(meta.embed).toBe('/embed/detentions-over-time/?region=RU-MOW');
		expect((meta.card as Record<string, string>).en).toBe('/cards/en/detentions/region/RU-MOW.png');
		expect((meta.citation as Record<string, { text: string }>).ru!.text).toContain(meta.version as string);
	});
});

describe('a profile’s record', () => {
	it('is its row as published, and an unknown id is a 404', () => {
		const person = readCsv('data/prisoners.csv')[0]!;
		return (async () => {
			const record = (await profileResponse(person.id!).json()) as Record<string, unknown>;
			expect(record.id).toBe(person.id);
			expect(record.name_ru).toBe(person.name_ru);
			expect(() => profileResponse('no-such-person')).toThrow();
		})();
	});
});

describe('citations', () => {
	it('are written in the page’s language with the data’s version and date', () => {
		expect(citationText('en', CITE)).toBe('OVD-Info {demo}. “Detentions — region: Moscow”. Repression in numbers, data version abc123def456, 5 March 2025. https://example.org/detentions/region/RU-MOW/');
		expect(citationText('ru', CITE)).toBe('ОВД-Инфо. Задержания — регион: Москва [Электронный ресурс] // Репрессии в цифрах. — Версия данных abc123def456 от 5 марта 2025 года. — URL: https://example.org/ru/detentions/region/RU-MOW/');
	});

	it('as BibTeX escape braces, and as CSL-JSON are a dataset', () => {
		const text = bibtex('en', CITE);
		expect(text).toMatch(/^@dataset\{data-abc123def456,/);
		expect(text).toContain('author = {{OVD-Info \\{demo\\}}}');
		expect(text).toContain('year = {2025}');
		expect(cslJson('ru', CITE)).toMatchObject({ type: 'dataset', title: CITE.title.ru, version: 'abc123def456', issued: { 'date-parts': [[2025, 3, 5]] } });
	});
});

describe('JSON-LD', () => {
	it('is a schema.org Dataset whose text cannot close its script element', () => {
		const ld = datasetJsonLd({
			name: '</script><script>alert(1)</script>',
			description: 'd',
			url: '/x/',
			credit: { sources: [{ title: 'A', path: 'https://a.example' }], licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }] },
			version: 'v',
			dateModified: '2025-01-01',
			inLanguage: 'en',
			distribution: [{ contentUrl: '/x.csv', encodingFormat: 'text/csv' }]
		});
		expect(ld).toMatchObject({ '@type': 'Dataset', license: 'https://creativecommons.org/licenses/by/4.0/', creator: [{ '@type': 'Organization', name: 'A' }], distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv' }] });
		expect(jsonLdText(ld)).not.toContain('<');
		expect(JSON.parse(jsonLdText(ld))).toEqual(ld);
	});
});

describe('a private field', () => {
	const prisoners = resourceByName('prisoners')!;
	const marked: Resource = { ...prisoners, schema: { ...prisoners.schema, fields: prisoners.schema.fields.map((f) => (f.name === 'letter_address' ? { ...f, private: true } : f)) } };

	it('is left out of the published resource and its rows', () => {
		expect(publicResource(marked).schema.fields.map((f) => f.name)).not.toContain('letter_address');
		expect(publicRow(marked, { id: 'a', letter_address: 'secret' })).toEqual({ id: 'a' });
		expect(tableExportSql(marked)).not.toContain('letter_address');
	});

	it('is a column of nulls in DuckDB, so queries that name it still run', async () => {
		const db = await createNodeDatabase();
		const resource: Resource = { name: 't', path: 't.csv', title: 't', schema: { fields: [{ name: 'id', type: 'string' }, { name: 'secret', type: 'string', private: true }, { name: 'tags', type: 'list', private: true }] } };
		await db.registerFile('t.csv', new TextEncoder().encode('id\na\n'));
		await db.exec(createTableSql(resource, 't.csv'));
		expect(await db.query('SELECT id, secret, tags FROM t')).toEqual([{ id: 'a', secret: null, tags: null }]);
	});
});

describe('Parquet', () => {
	it('needs an extension the wasm build would download: DuckDB-WASM 1.32 has no Parquet writer built in', async () => {
		// When a release builds Parquet in, this fails: Parquet can then be written at build time (issue 23) with no download.
		const db = await createNodeDatabase();
		await db.exec('SET autoinstall_known_extensions = false');
		await db.exec('SET autoload_known_extensions = false');
		await db.exec('CREATE TABLE t AS SELECT 1 AS a');
		await expect(db.exec("COPY t TO 't.parquet' (FORMAT parquet)")).rejects.toThrow(/parquet extension/);
	});
});
