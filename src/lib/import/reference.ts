// The reference tables the importers map an export's words to: regions and places (with the other names people
// write for them), articles, event types and topics. Read with the same validation as data:check, so a broken
// reference table stops an import with its file and line instead of mapping to garbage.
import { formatIssue } from '../ingest/issues';
import { validateTableBytes } from '../ingest/table';
import { resourceByName } from '../schema/package';
import type { Row } from '../schema/types';

export interface RegionRef {
	code: string;
	nameRu: string;
	nameEn: string;
	aliases: string[];
}

export interface PlaceRef {
	nameRu: string;
	nameEn: string;
	region: string;
	aliases: string[];
}

export interface ArticleRef {
	code: string;
	chargeType: string;
}

/** A code of a vocabulary a maintainer extends (event types, topics) and the names exports use for it. */
export interface VocabularyRef {
	code: string;
	labelRu: string;
	labelEn: string;
	aliases: string[];
}

export interface ReferenceTables {
	regions: RegionRef[];
	places: PlaceRef[];
	articles: ArticleRef[];
	eventTypes: VocabularyRef[];
	topics: VocabularyRef[];
}

const text = (row: Row, field: string) => (row[field] === null || row[field] === undefined ? '' : String(row[field]));
const list = (row: Row, field: string) => (Array.isArray(row[field]) ? (row[field] as string[]) : []);

/** `readFile` returns a data file's bytes by its path in the package (regions.csv…). */
export function readReferenceTables(readFile: (path: string) => Uint8Array): ReferenceTables {
	const rows = (name: string) => {
		const resource = resourceByName(name)!;
		const table = validateTableBytes(readFile(resource.path), resource, resource.path);
		if (table.issues.length > 0) throw new Error(`${table.issues.map(formatIssue).join('\n')}\nfix ${resource.path} first (npm run data:check)`);
		return table.rows;
	};
	const vocabulary = (name: string) =>
		rows(name).map((r) => ({ code: text(r, 'code'), labelRu: text(r, 'label_ru'), labelEn: text(r, 'label_en'), aliases: list(r, 'aliases') }));
	return {
		regions: rows('regions').map((r) => ({ code: text(r, 'code'), nameRu: text(r, 'name_ru'), nameEn: text(r, 'name_en'), aliases: list(r, 'aliases') })),
		places: rows('places').map((r) => ({ nameRu: text(r, 'name_ru'), nameEn: text(r, 'name_en'), region: text(r, 'region'), aliases: list(r, 'aliases') })),
		articles: rows('articles').map((r) => ({ code: text(r, 'code'), chargeType: text(r, 'charge_type') })),
		eventTypes: vocabulary('event_types'),
		topics: vocabulary('topics')
	};
}
