// The optional [[lang]] route segment: only "ru" (English has no prefix).
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => param === 'ru';
