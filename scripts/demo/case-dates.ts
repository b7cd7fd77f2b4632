// Arrest, verdict, appeal and release days for a demo case, consistent with the prisoner's status.
import { FIRST_POSSIBLE_ARREST, type CaseArticles } from './case-articles';
import { dayOf } from './days';
import { MARCH_4_2022 } from './in-force';
import { randInt, type Rng } from './prng';
import { sentenceFor } from './sentences';
import type { PrisonerStatus } from './types';

const LAST_EVENT = dayOf('2026-09-30'); // arrests, verdicts, appeals and releases all end here
const EXCHANGE_DAY = dayOf('2024-08-01');

/** A day in [from, to]; later days more likely when `lateBias` > 1, as case numbers grew after 2022. */
export function dayBetween(rng: Rng, from: number, to: number, lateBias = 1): number {
	if (to <= from) return from;
	return from + Math.floor(Math.pow(rng(), 1 / lateBias) * (to - from + 1));
}

/** A day `minDays`..`maxDays` after `day`, but never after `limit` (if given). */
function later(rng: Rng, day: number, minDays: number, maxDays: number, limit = Number.POSITIVE_INFINITY): number {
	return day + randInt(rng, minDays, Math.max(minDays, Math.min(maxDays, limit - day)));
}

export interface CaseDates {
	arrested: number;
	sentenced: number | null;
	appeal: number | null;
	released: number | null;
	years: number | null;
}

/** Dates that agree with the status: no verdict before trial, no release for those still inside. */
export function caseDates(status: PrisonerStatus, c: CaseArticles, admin: boolean, rng: Rng): CaseDates {
	const articles = c.articles;
	// Most anti-war speech cases start after the March 2022 laws.
	const afterSpeechLaws = articles[0].charge_type === 'antiwar_speech' && rng() < 0.95;
	const floor = Math.max(c.earliest, afterSpeechLaws ? MARCH_4_2022 : FIRST_POSSIBLE_ARREST);
	const awaitingTrial = (from: string): CaseDates => ({
		arrested: dayBetween(rng, Math.max(floor, dayOf(from)), LAST_EVENT),
		sentenced: null,
		appeal: null,
		released: null,
		years: null
	});
	const withAppeal = (sentenced: number, limit: number): number | null => {
		if (rng() > 0.6) return null;
		const appeal = later(rng, sentenced, 60, 180);
		return appeal <= limit ? appeal : null;
	};

	if (admin) {
		// Administrative arrest: days, not years, so no sentence_years.
		const arrested = dayBetween(rng, Math.max(floor, MARCH_4_2022), LAST_EVENT - 60);
		const sentenced = arrested + 1;
		return { arrested, sentenced, appeal: null, released: arrested + randInt(rng, 10, 30), years: null };
	}

	switch (status) {
		// Pre-trial measures rarely last more than a year or two, so these arrests are recent.
		case 'pretrial_detention':
			return awaitingTrial('2025-04-01');
		case 'house_arrest':
			return awaitingTrial('2025-01-01');
		case 'compulsory_treatment': {
			const arrested = dayBetween(rng, Math.max(floor, MARCH_4_2022), dayOf('2025-06-30'));
			const sentenced = later(rng, arrested, 120, 400);
			return { arrested, sentenced, appeal: withAppeal(sentenced, LAST_EVENT), released: null, years: null };
		}
		case 'exchanged': {
			const arrested = dayBetween(rng, floor, dayOf('2023-09-30'), 2);
			const sentenced = later(rng, arrested, 120, 360, dayOf('2024-06-30'));
			const appeal = withAppeal(sentenced, dayOf('2024-07-25'));
			return { arrested, sentenced, appeal, released: EXCHANGE_DAY, years: sentenceFor(articles, rng) };
		}
		case 'died': {
			const arrested = dayBetween(rng, Math.max(floor, dayOf('2021-01-01')), dayOf('2024-06-30'));
			const sentenced = later(rng, arrested, 120, 400);
			const appeal = withAppeal(sentenced, LAST_EVENT);
			return { arrested, sentenced, appeal, released: null, years: sentenceFor(articles, rng) };
		}
		case 'released': {
			const years = sentenceFor(articles, rng);
			const arrested = dayBetween(rng, floor, dayOf('2025-06-30'));
			if (rng() < 0.15) {
				// Case dropped or non-custodial outcome before any verdict.
				const released = later(rng, arrested, 30, 300);
				return { arrested, sentenced: null, appeal: null, released, years: null };
			}
			const sentenced = later(rng, arrested, 120, 400);
			const served = arrested + Math.round(years * 365.25);
			// Served the full term if that is already over (at the verdict if time in custody covered it),
			// otherwise released early on parole or appeal.
			const released =
				served <= LAST_EVENT ? Math.max(served, sentenced) : dayBetween(rng, sentenced + 30, LAST_EVENT);
			return { arrested, sentenced, appeal: withAppeal(sentenced, released), released, years };
		}
		// Sentenced at liberty: arrest and verdict; the term (suspended, forced labour…) is set by sentenceOf.
		case 'non_custodial':
		case 'imprisoned': {
			const years = sentenceFor(articles, rng);
			// Arrested recently enough that the term has not run out yet.
			const stillServing = LAST_EVENT - Math.round(years * 365.25) + 60;
			const arrested = dayBetween(rng, Math.max(floor, stillServing), LAST_EVENT - 150, 1.5);
			const sentenced = later(rng, arrested, 120, 540, LAST_EVENT);
			return { arrested, sentenced, appeal: withAppeal(sentenced, LAST_EVENT), released: null, years };
		}
	}
}
