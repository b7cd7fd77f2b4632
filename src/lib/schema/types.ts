// Types for the Frictionless Data Package in data/datapackage.json: the contract every CSV is checked against.

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'list';

export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	enum?: string[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
}

export interface Field {
	name: string;
	type: FieldType;
	title?: string;
	description?: string;
	/** The meaning as Russian pages show it (schema/text.ts). */
	description_ru?: string;
	/** `uri` fields accept only http: and https: links. */
	format?: 'uri';
	/** For `list` fields: the separator between items. */
	delimiter?: string;
	itemType?: 'string';
	constraints?: FieldConstraints;
	/** Validated like any field, then never published: no page, file, feed, card or download holds its values. */
	private?: boolean;
}

export interface ForeignKey {
	fields: string[];
	reference: { resource: string; fields: string[] };
}

export interface TableSchema {
	fields: Field[];
	primaryKey?: string[];
	foreignKeys?: ForeignKey[];
}

/** Who made the data (Frictionless `sources`); `title_ru` is ours: the name as Russian pages show it. */
export interface Source {
	title: string;
	title_ru?: string;
	path?: string;
}

/** A licence (Frictionless `licenses`): an SPDX `name`, a human `title` (`title_ru` ours) and where to read it. */
export interface License {
	name: string;
	title?: string;
	title_ru?: string;
	path?: string;
}

export interface Resource {
	name: string;
	path: string;
	title: string;
	description?: string;
	/** The title and description as Russian pages show them (ours, beside Frictionless's English; schema/text.ts). */
	title_ru?: string;
	description_ru?: string;
	/** True when the file holds fictional demo data; every page and chart drawn from it says so. */
	demo?: boolean;
	/** Who made the data: what every chart, embed, download and the data page credit. */
	sources?: Source[];
	/** The resource's licences; the package's apply when absent. */
	licenses?: License[];
	schema: TableSchema;
}

export interface DataPackage {
	name: string;
	title: string;
	licenses?: License[];
	resources: Resource[];
}

/** A typed cell after validation: null means empty (unknown), never zero. */
export type CellValue = string | number | string[] | null;
export type Row = Record<string, CellValue>;
