// When the newer repressive articles took effect, so no demo event or case uses a law before it existed.
import { dayOf } from './days';

// The day the "fakes" and "discreditation" articles came into force.
export const MARCH_4_2022 = dayOf('2022-03-04');

const ARTICLE_IN_FORCE_FROM: Record<string, number> = {
	'koap-20.3.3': MARCH_4_2022,
	'koap-20.3.4': MARCH_4_2022,
	'uk-207.3': MARCH_4_2022,
	'uk-280.3': MARCH_4_2022,
	'uk-275.1': dayOf('2022-07-25'),
	'uk-280.4': dayOf('2022-07-25'),
	'uk-284.2': dayOf('2022-07-25')
};

/** Older articles count as always in force. */
export function inForceFrom(code: string): number {
	return ARTICLE_IN_FORCE_FROM[code] ?? Number.NEGATIVE_INFINITY;
}
