// Generates the fictional political prisoners of data/prisoners.csv and writes them as CSV.
import { biography } from './biography';
import { ArticleChooser } from './case-articles';
import { caseDates, dayBetween } from './case-dates';
import { numberCell, toCsv } from './csv';
import { facilityFor, letterAddress, letterServicesFor, strictRegime } from './custody';
import { dayOf, isoOf, yearOf } from './days';
import { FIXTURE, inventIdentity } from './names';
import { regionPicker } from './places';
import { at, mulberry32, pick, randInt, seedOf, WeightedPicker, type Rng } from './prng';
import { sentenceOf } from './sentences';
import { slugify, transliterate, uniqueId } from '../../src/lib/text/transliterate';
import type { ArticleRef, GenerateOptions, PrisonerRow } from './types';

// Column order must match the "prisoners" resource in data/datapackage.json.
export const PRISONER_FIELDS = [
	'id',
	'name_ru',
	'name_en',
	'birth_year',
	'birth_date',
	'gender',
	'region',
	'articles',
	'articles_raw',
	'case_category',
	'arrested_on',
	'sentenced_on',
	'appeal_on',
	'sentence_years',
	'punishment',
	'fine_rub',
	'sentence_raw',
	'status',
	'released_on',
	'facility',
	'letter_address',
	'letter_services',
	'bio_ru',
	'bio_en',
	'photo',
	'recognized_by',
	'source_url',
	'updated_on'
] as const;

type Status = PrisonerRow['status'];

const OTHER_STATUSES = new WeightedPicker<Status>([
	['imprisoned', 0.58],
	['pretrial_detention', 0.16],
	['house_arrest', 0.05],
	['compulsory_treatment', 0.03],
	['non_custodial', 0.06],
	['released', 0.18]
]);

/** Rare statuses are placed by index so their counts are fixed: 2 deaths and 8 exchanges per 300 people. */
function statusFor(index: number, rng: Rng): Status {
	if (index % 150 === 123) return 'died';
	if (index % 37 === 11) return 'exchanged';
	return OTHER_STATUSES.pick(rng);
}

const IN_CUSTODY: ReadonlySet<Status> = new Set(['pretrial_detention', 'imprisoned', 'compulsory_treatment']);

/** Parts of the articles demo cases cite most; an article not listed here is cited without a part. */
const ARTICLE_PARTS: Record<string, readonly number[]> = {
	'uk-207.3': [1, 2, 2, 3],
	'uk-280.3': [1, 1, 2],
	'uk-280.4': [1, 2, 3],
	'uk-205.2': [1, 2],
	'uk-205.5': [1, 2],
	'uk-282.2': [1, 2],
	'uk-318': [1, 2],
	'uk-212': [1, 2, 3],
	'koap-20.3.3': [1, 2],
	'koap-20.2': [2, 5, 8]
};

/** The charges as a list cites them, law named once: «ч. 2 ст. 207.3, ч. 1 ст. 280.3 УК РФ». */
function citation(articles: readonly ArticleRef[], rng: Rng): string {
	const cited = articles.map((a) => {
		const parts = ARTICLE_PARTS[a.code];
		const number = a.code.slice(a.code.indexOf('-') + 1);
		return parts ? `ч. ${pick(rng, parts)} ст. ${number}` : `ст. ${number}`;
	});
	return `${cited.join(', ')} ${articles[0]?.law === 'administrative' ? 'КоАП РФ' : 'УК РФ'}`;
}

// Invented organisations only: the demo must never claim a real group recognised anyone.
const DEMO_ORGANISATIONS = [
	'Демо-правозащитный центр',
	'Вымышленная инициатива поддержки',
	'Демо-союз адвокатов'
] as const;

function recognisedBy(rng: Rng): string {
	const r = rng();
	if (r < 0.15) return '';
	if (r < 0.8) return pick(rng, DEMO_ORGANISATIONS);
	const first = randInt(rng, 0, DEMO_ORGANISATIONS.length - 1);
	const second = (first + randInt(rng, 1, DEMO_ORGANISATIONS.length - 1)) % DEMO_ORGANISATIONS.length;
	return `${at(DEMO_ORGANISATIONS, first)};${at(DEMO_ORGANISATIONS, second)}`;
}

/** Born 1950–2004, most in the middle, and at least 18 when arrested. */
function birthYearFor(arrested: number, rng: Rng): number {
	const year = 1950 + Math.round(((rng() + rng()) / 2) * 54);
	return Math.min(year, yearOf(arrested) - 18);
}

/**
 * A published date of birth for about two people in five whose year is known, from the person's own stream (keyed by
 * the seed and the id) so that adding it left every other value of the demo as it was.
 */
function birthDateFor(id: string, birthYear: number | null, seed: number): string {
	if (birthYear === null) return '';
	const rng = mulberry32((seedOf(id) ^ seed) >>> 0);
	if (rng() >= 0.4) return '';
	const first = dayOf(`${birthYear}-01-01`);
	return isoOf(randInt(rng, first, dayOf(`${birthYear}-12-31`)));
}

const UPDATED_FROM = dayOf('2026-10-01');
const UPDATED_TO = dayOf('2026-11-15');

export function generatePrisoners(opts: GenerateOptions): PrisonerRow[] {
	const scale = opts.scale ?? 1;
	// A different stream from the detentions, so changing one table never reshuffles the other.
	const rng = mulberry32((opts.seed ^ 0x5eed) >>> 0);
	const count = Math.max(1, Math.round(300 * scale));
	const regions = regionPicker(opts.regions, true);
	const chooser = new ArticleChooser(opts.articles);
	const taken = new Set<string>();
	const rows: PrisonerRow[] = [];

	for (let i = 0; i < count; i++) {
		const who = i === 0 ? FIXTURE : inventIdentity(rng);
		const nameRu = `${who.given} ${who.surname}`;
		const nameEn = transliterate(nameRu);
		const id = uniqueId(slugify(nameEn), taken);

		// Administrative-only cases are rare among political prisoners: three per 300.
		const adminCase = i % 100 === 42 ? chooser.administrativeCase(rng) : null;
		const status = adminCase ? 'released' : statusFor(i, rng);
		const theCase = adminCase ?? chooser.criminalCase(rng);
		const dates = caseDates(status, theCase, adminCase !== null, rng);
		const main = theCase.articles[0];
		const sentence = sentenceOf(
			{
				status,
				years: dates.years,
				adminArrestDays: adminCase && dates.released !== null ? dates.released - dates.arrested : null,
				strict: strictRegime(main.charge_type, who.gender)
			},
			rng
		);

		const birthYear = birthYearFor(dates.arrested, rng);
		// Unknown birth years only where no letter address needs one.
		const birthKnown = IN_CUSTODY.has(status) || rng() > 0.08;
		const { facility, institution } = facilityFor(status, main.charge_type, who.gender);
		const bio = biography(who.gender, main.code, status, i % 25 === 7, rng);

		rows.push({
			id,
			name_ru: nameRu,
			name_en: nameEn,
			birth_year: birthKnown ? birthYear : null,
			birth_date: birthDateFor(id, birthKnown ? birthYear : null, opts.seed),
			gender: who.gender,
			region: regions.pick(rng),
			articles: theCase.articles.map((a) => a.code),
			articles_raw: citation(theCase.articles, rng),
			case_category: main.charge_type,
			arrested_on: isoOf(dates.arrested),
			sentenced_on: dates.sentenced === null ? '' : isoOf(dates.sentenced),
			appeal_on: dates.appeal === null ? '' : isoOf(dates.appeal),
			sentence_years: sentence.years,
			punishment: sentence.punishment,
			fine_rub: sentence.fineRub,
			sentence_raw: sentence.raw,
			status,
			released_on: dates.released === null ? '' : isoOf(dates.released),
			facility,
			letter_address: institution ? letterAddress(institution, who, birthYear) : '',
			letter_services: letterServicesFor(status, i),
			bio_ru: bio.ru,
			bio_en: bio.en,
			photo: '',
			recognized_by: recognisedBy(rng),
			source_url: rng() < 0.7 ? `https://example.org/demo/prisoners/${id}` : '',
			updated_on: isoOf(dayBetween(rng, UPDATED_FROM, UPDATED_TO))
		});
	}
	return rows;
}

export function prisonersCsv(rows: readonly PrisonerRow[]): string {
	return toCsv(PRISONER_FIELDS, rows, (r) => [
		r.id,
		r.name_ru,
		r.name_en,
		numberCell(r.birth_year),
		r.birth_date,
		r.gender,
		r.region,
		r.articles.join(';'),
		r.articles_raw,
		r.case_category,
		r.arrested_on,
		r.sentenced_on,
		r.appeal_on,
		numberCell(r.sentence_years),
		r.punishment,
		numberCell(r.fine_rub),
		r.sentence_raw,
		r.status,
		r.released_on,
		r.facility,
		r.letter_address,
		r.letter_services,
		r.bio_ru,
		r.bio_en,
		r.photo,
		r.recognized_by,
		r.source_url,
		r.updated_on
	]);
}
