// The published tables as the workbench describes them: names, columns and their types and meanings, from
// data/datapackage.json, in the page's language where the package gives a Russian text (`title_ru`, `description_ru`).
import { dataPackage, publishedPackage } from '../schema/package';
import type { Field, Resource } from '../schema/types';
import type { Locale } from '../i18n/locales';
import { packageText as text } from '../schema/text';

export interface ColumnDoc {
	name: string;
	type: Field['type'];
	/** DuckDB's type of the column, as a query sees it. */
	sqlType: string;
	description: string;
}

export interface TableDoc {
	name: string;
	title: string;
	description: string;
	demo: boolean;
	columns: ColumnDoc[];
}

const SQL_TYPES: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', date: 'DATE', list: 'VARCHAR[]' };


export function tableDocs(locale: Locale, resources: Resource[] = publishedPackage().resources): TableDoc[] {
	return resources.map((r) => ({
		name: r.name,
		title: text(r, 'title', locale),
		description: text(r, 'description', locale),
		demo: r.demo === true,
		columns: r.schema.fields.map((f) => ({ name: f.name, type: f.type, sqlType: SQL_TYPES[f.type], description: text(f, 'description', locale) }))
	}));
}

/** Every table's name, in the data package's order: the names a query may load. */
export const TABLE_NAMES = dataPackage.resources.map((r) => r.name);
