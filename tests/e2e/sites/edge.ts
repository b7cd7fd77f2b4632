// Makes tmp/edge-data: the smallest data data:check accepts that still has something to draw. One event on one day in
// one region whose count is unknown, with no article, topic, event type or city, and one person with nothing but the
// required facts. The edge test site is built from it: whatever data:check accepts must build.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalCsv } from '../../../src/lib/ingest/serialize';
import { resourceByName } from '../../../src/lib/schema/package';
import type { DataPackage } from '../../../src/lib/schema/types';

export const EDGE_DATA = 'tmp/edge-data';

export const EDGE_EVENT = {
	id: 'only', date: '2024-03-17', region: 'RU-TA', city: null, place: null, police_station: null, event_type: null, event_type_raw: null, topic: null,
	topic_raw: null, article: null, detained: null, description_ru: 'Единственное событие', description_en: 'The only event', agreement: null, organizer: null, source_url: null
};
export const EDGE_PERSON = {
	id: 'only-person', name_ru: 'Единственный Человек', name_en: 'Only Person', birth_year: null, birth_date: '', gender: null, region: 'RU-TA', articles: ['uk-207.3'],
	articles_raw: null, case_category: 'antiwar_speech', arrested_on: null, sentenced_on: null, appeal_on: null, sentence_years: null, punishment: null,
	fine_rub: null, sentence_raw: null, status: 'pretrial_detention', released_on: null, facility: null, letter_address: null, bio_ru: null, bio_en: null,
	photo: null, recognized_by: null, source_url: null, updated_on: '2026-11-01'
};

export function makeEdgeData(): void {
	rmSync(EDGE_DATA, { recursive: true, force: true });
	mkdirSync(EDGE_DATA, { recursive: true });
	const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
	for (const resource of pkg.resources) copyFileSync(path.join('data', resource.path), path.join(EDGE_DATA, resource.path));
	copyFileSync('data/datapackage.json', path.join(EDGE_DATA, 'datapackage.json'));
	writeFileSync(path.join(EDGE_DATA, 'detentions.csv'), canonicalCsv(resourceByName('detentions')!, [EDGE_EVENT]));
	writeFileSync(path.join(EDGE_DATA, 'prisoners.csv'), canonicalCsv(resourceByName('prisoners')!, [EDGE_PERSON]));
	writeFileSync(path.join(EDGE_DATA, 'changes.csv'), canonicalCsv(resourceByName('changes')!, []));
	// No collection at all: the collections page says so, and no collection page is made.
	for (const name of ['collections', 'collection_members']) writeFileSync(path.join(EDGE_DATA, `${name}.csv`), canonicalCsv(resourceByName(name)!, []));
}
