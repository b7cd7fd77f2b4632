// The queries of collections: sets of people a campaign, an exhibition or a letter evening names, in its own order.
import { prisonerById, type Prisoner } from './queries';
import type { Database } from './types';

export interface Collection {
	slug: string;
	titleRu: string;
	titleEn: string;
	descriptionRu: string | null;
	descriptionEn: string | null;
	curator: string;
	sourceUrl: string | null;
}

/** A person of a collection, with the curator's note. */
export interface CollectionMember {
	person: Prisoner;
	position: number;
	noteRu: string | null;
	noteEn: string | null;
}

const COLLECTION_COLUMNS = `slug, title_ru AS "titleRu", title_en AS "titleEn", description_ru AS "descriptionRu", description_en AS "descriptionEn",
	curator, source_url AS "sourceUrl"`;

/** Every collection, in the order of collections.csv, with how many people it names. */
export function collectionList(db: Database): Promise<(Collection & { people: number })[]> {
	return db.query<Collection & { people: number }>(
		`SELECT ${COLLECTION_COLUMNS}, (SELECT count(*) FROM collection_members m WHERE m.collection = c.slug)::INTEGER AS people
		FROM collections c ORDER BY c.rowid`
	);
}

export async function collectionBySlug(db: Database, slug: string): Promise<Collection | null> {
	const [row] = await db.query<Collection>(`SELECT ${COLLECTION_COLUMNS} FROM collections WHERE slug = $1`, [slug], [`collections#${slug}`]);
	return row ?? null;
}

/** A collection's people in the curator's order (position, then id where two share one). */
export async function collectionMembers(db: Database, slug: string): Promise<CollectionMember[]> {
	const rows = await db.query<{ prisonerId: string; position: number; noteRu: string | null; noteEn: string | null }>(
		`SELECT prisoner_id AS "prisonerId", position::INTEGER AS position, note_ru AS "noteRu", note_en AS "noteEn"
		FROM collection_members WHERE collection = $1 ORDER BY position, prisoner_id`,
		[slug]
	);
	const people = await Promise.all(rows.map((r) => prisonerById(db, r.prisonerId)));
	return rows.flatMap((r, i) => {
		const person = people[i];
		return person ? [{ person, position: r.position, noteRu: r.noteRu, noteEn: r.noteEn }] : [];
	});
}

/** The collections a person is in, for the profile's links. */
export function collectionsOf(db: Database, prisonerId: string): Promise<Collection[]> {
	return db.query<Collection>(
		`SELECT ${COLLECTION_COLUMNS} FROM collections c WHERE slug IN (SELECT collection FROM collection_members WHERE prisoner_id = $1) ORDER BY c.rowid`,
		[prisonerId]
	);
}
