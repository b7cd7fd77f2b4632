// Labels cannot go missing: every code a dataset can hold has a label in both languages, whether the label lives in
// the messages (enums of the data package) or in a lookup table a maintainer extends (event types, topics).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../src/lib/ingest/package';
import { messagesOf } from '../../src/lib/i18n/messages';
import { SENTENCE_BINS } from '../../src/lib/prisoners/stats';
import { dataPackage, enumValues } from '../../src/lib/schema/package';

const check = validatePackage(dataPackage, (r) => readFileSync(`data/${r.path}`));

describe('labels', () => {
	it('has a message in both languages for every value of every enum the pages show', () => {
		const keys = [
			...enumValues('articles', 'charge_type').map((v) => `charge.${v}`),
			...enumValues('prisoners', 'case_category').map((v) => `charge.${v}`),
			...enumValues('prisoners', 'status').map((v) => `status.${v}`),
			...enumValues('prisoners', 'punishment').map((v) => `punishment.${v}`),
			...enumValues('prisoners', 'gender').map((v) => `gender.${v}`),
			...enumValues('articles', 'law').map((v) => `law.${v}`),
			...SENTENCE_BINS.map((v) => `bin.${v}`)
		];
		expect(keys.length).toBeGreaterThan(30);
		for (const key of keys) {
			expect(messagesOf('en'), key).toHaveProperty([key]);
			expect(messagesOf('ru'), key).toHaveProperty([key]);
		}
	});

	it('has a Russian and an English label for every event type and topic, and every code in the data is one of them', () => {
		expect(check.issues).toEqual([]);
		for (const vocabulary of ['event_types', 'topics']) {
			for (const row of check.tables.get(vocabulary)!.rows) {
				expect(String(row.label_ru).trim(), `${vocabulary} ${row.code}`).not.toBe('');
				expect(String(row.label_en).trim(), `${vocabulary} ${row.code}`).not.toBe('');
			}
		}
		const codes = (table: string) => new Set(check.tables.get(table)!.rows.map((r) => r.code));
		for (const row of check.tables.get('detentions')!.rows) {
			if (row.event_type !== null) expect(codes('event_types').has(row.event_type)).toBe(true);
			if (row.topic !== null) expect(codes('topics').has(row.topic)).toBe(true);
		}
	});
});
