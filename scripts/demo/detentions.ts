// Generates the fictional detention events of data/detentions.csv and writes them as CSV.
import { numberCell, toCsv } from './csv';
import { assertContiguous, dailyBudget, DETENTION_BUDGET } from './detention-budget';
import { articleFor } from './detention-articles';
import { describe, NO_DETENTION_REPORT } from './detention-descriptions';
import { eventSize, eventTypeFor, QUIET_MIX, topicFor } from './detention-events';
import { dayOf, isoOf } from './days';
import { cityOf, regionPicker } from './places';
import { mulberry32, type Rng, type WeightedPicker } from './prng';
import type { Description, DetentionRow, EventType, GenerateOptions, Topic } from './types';

// Column order must match the "detentions" resource in data/datapackage.json.
export const DETENTION_FIELDS = [
	'id',
	'date',
	'region',
	'city',
	'place',
	'police_station',
	'event_type',
	'event_type_raw',
	'topic',
	'topic_raw',
	'article',
	'detained',
	'description_ru',
	'description_en',
	'agreement',
	'organizer',
	'source_url'
] as const;

/** Shared state of one generation run, so the helpers need few parameters. */
interface DetentionContext {
	rng: Rng;
	rows: DetentionRow[];
	available: ReadonlySet<string>;
	streetRegions: WeightedPicker<string>;
	picketRegions: WeightedPicker<string>;
}

function addEvent(
	ctx: DetentionContext,
	day: number,
	date: string,
	type: EventType,
	topic: Topic,
	detained: number | null,
	region: string,
	description: Description
): void {
	ctx.rows.push({
		id: '', // numbered once all rows exist, in date order
		date,
		region,
		city: cityOf(region),
		event_type: type,
		topic,
		article: articleFor(type, topic, day, ctx.rng, ctx.available),
		detained,
		description_ru: description.ru,
		description_en: description.en,
		organizer: '',
		source_url: ''
	});
}

function regionFor(ctx: DetentionContext, type: EventType): string {
	// Occupied regions only for lone acts, never for street protests.
	const lone = type === 'single_picket' || type === 'symbols' || type === 'online';
	return (lone ? ctx.picketRegions : ctx.streetRegions).pick(ctx.rng);
}

/** Breaks one day's total into events, plus the odd event whose count is unknown or zero. */
function splitDay(ctx: DetentionContext, day: number, total: number, intensity: number): void {
	const { rng } = ctx;
	const date = isoOf(day);
	let remaining = total;
	while (remaining > 0) {
		const topic = topicFor(day, rng);
		const type = eventTypeFor(topic, intensity, rng);
		const region = regionFor(ctx, type);
		const size = Math.min(remaining, eventSize(type, intensity, region, rng));
		remaining -= size;
		addEvent(ctx, day, date, type, topic, size, region, describe(type, topic));

		// Extra events that do not use up the day's total, so yearly sums stay on target.
		const extra = rng();
		if (extra < 0.01) {
			const unknownType = QUIET_MIX.pick(rng);
			const unknownRegion = regionFor(ctx, unknownType);
			addEvent(ctx, day, date, unknownType, topic, null, unknownRegion, describe(unknownType, topic));
		} else if (extra < 0.013) {
			addEvent(ctx, day, date, 'online', topic, 0, regionFor(ctx, 'online'), NO_DETENTION_REPORT);
		}
	}
}

/** Plainly invented organisers (and OVD-Info's word for none), for the organiser breakdown; most events have none known. */
const ORGANIZERS = ['стихийная', 'Демо-коалиция «Север»', 'Демо-инициатива «Набережная»', 'Демо-штаб «Окно»'];

/**
 * Numbers rows d-000001… in date order (wider past a million so ids still sort), names the organiser of one street
 * protest in four (by its number, so the random draws of everything else stay as they were) and links a few to a
 * demo source.
 */
function numberRows(rows: DetentionRow[], rng: Rng): void {
	const width = Math.max(6, String(rows.length).length);
	let n = 0;
	for (const row of rows) {
		n++;
		const id = `d-${String(n).padStart(width, '0')}`;
		row.id = id;
		if (row.event_type === 'rally' && n % 4 === 0) row.organizer = ORGANIZERS[(n >> 2) % ORGANIZERS.length]!;
		// example.org is reserved for examples, so a demo link can never point at a real page.
		if (rng() < 0.03) row.source_url = `https://example.org/demo/${id}`;
	}
}

export function generateDetentions(opts: GenerateOptions): DetentionRow[] {
	const scale = opts.scale ?? 1;
	const rng = mulberry32(opts.seed);
	assertContiguous(DETENTION_BUDGET);
	const ctx: DetentionContext = {
		rng,
		rows: [],
		available: new Set(opts.articles.map((a) => a.code)),
		streetRegions: regionPicker(opts.regions, false),
		picketRegions: regionPicker(opts.regions, true)
	};
	for (const period of DETENTION_BUDGET) {
		const budget = dailyBudget(period, scale, rng);
		const first = dayOf(period.from);
		for (const [i, total] of budget.entries()) {
			if (total > 0) splitDay(ctx, first + i, total, total / scale);
		}
	}
	numberRows(ctx.rows, rng);
	return ctx.rows;
}

export function detentionsCsv(rows: readonly DetentionRow[]): string {
	return toCsv(DETENTION_FIELDS, rows, (r) => [
		r.id,
		r.date,
		r.region,
		r.city,
		'',
		'',
		r.event_type,
		'',
		r.topic,
		'',
		r.article,
		numberCell(r.detained),
		r.description_ru,
		r.description_en,
		'',
		r.organizer,
		r.source_url
	]);
}
