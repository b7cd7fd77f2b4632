// The data page: each dataset with its size, dates and schema; every published figure with its source.
import { packageDataset } from '$lib/api/view.server';
import { bundledCanonicalFiles, bundledDatabase } from '$lib/db/node';
import { allFigures, metricList } from '$lib/db/queries';
import { figuresHomeData } from '$lib/figures/pageData';
import Papa from 'papaparse';
import { creditOf } from '$lib/schema/package';
import { publicResource } from '$lib/schema/package';
import { localeFromParam } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/** Earliest and latest value of the dataset's first date column, and its latest `updated_on` where it has one. */
function dates(csv: string, fields: { name: string; type: string }[]) {
	const dateField = fields.find((f) => f.type === 'date')?.name;
	const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
	const values = dateField ? rows.map((r) => r[dateField] ?? '').filter(Boolean).sort() : [];
	const updated = rows.map((r) => r.updated_on ?? '').filter(Boolean).sort().at(-1) ?? null;
	return { rows: rows.length, dateField: dateField ?? null, first: values[0] ?? null, last: values.at(-1) ?? null, updated };
}

export const load: PageServerLoad = async ({ params }) => {
	const db = await bundledDatabase();
	return {
	datasets: bundledCanonicalFiles().map((f) => ({
		name: f.resource.name,
		path: f.resource.path,
		title: f.resource.title,
		title_ru: f.resource.title_ru,
		description: f.resource.description ?? '',
		description_ru: f.resource.description_ru,
		demo: f.resource.demo === true,
		credit: creditOf(f.resource.name),
		fields: publicResource(f.resource).schema.fields.map((field) => ({
			name: field.name,
			type: field.type,
			required: field.constraints?.required === true,
			allowed: field.constraints?.enum ?? null,
			description: field.description ?? '',
			description_ru: field.description_ru
		})),
		...dates(f.csv, publicResource(f.resource).schema.fields)
	})),
	figures: await allFigures(db),
	metrics: await metricList(db),
	/** The metrics drawn as series, each with an embed. */
	seriesMetrics: (await figuresHomeData(db)).series.map((s) => s.metric),
	/** The package as a schema.org Dataset (api/jsonLd.ts). */
	dataset: await packageDataset(db, localeFromParam(params.lang))
	};
};
