// Checks one cell against its Table Schema field and returns the typed value or what is wrong with it.
import type { CellValue, Field } from '../schema/types';
import { isIsoDay } from '../time/days';
import type { Problem } from './problems';

export type CellResult = { ok: true; value: CellValue } | { ok: false; problem: Problem };

const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const INTEGER = /^[+-]?\d+$/;
/** A decimal comma is what Russian-locale spreadsheets write; it means the same number. */
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (problem: Problem): CellResult => ({ ok: false, problem });

/** Dates outside these years are typing slips (0222 for 2022): a time axis over centuries would help nobody. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function checkDate(raw: string): CellResult {
	if (ISO_FORM.test(raw)) {
		if (!isIsoDay(raw)) return fail({ code: 'date.notReal', params: { raw } });
		const year = Number(raw.slice(0, 4));
		if (year < FIRST_YEAR || year > LAST_YEAR) return fail({ code: 'date.outOfRange', params: { raw, first: FIRST_YEAR, last: LAST_YEAR } });
		return ok(raw);
	}
	const dotted = DOTTED_DATE.exec(raw);
	if (dotted) {
		const iso = `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
		return fail({ code: 'date.dayFirst', params: { iso, raw } });
	}
	return fail({ code: 'date.notDate', params: { raw } });
}

function checkRange(field: Field, n: number, raw: string): CellResult {
	const { minimum, maximum } = field.constraints ?? {};
	if (minimum !== undefined && n < minimum) return fail({ code: 'number.belowMinimum', params: { minimum, raw } });
	if (maximum !== undefined && n > maximum) return fail({ code: 'number.aboveMaximum', params: { maximum, raw } });
	return ok(n);
}

function checkNumber(field: Field, raw: string): CellResult {
	if (field.type === 'integer') {
		// Beyond 2^53 a number is no longer exact; no count in this data comes near that.
		if (INTEGER.test(raw)) return Number.isSafeInteger(Number(raw)) ? checkRange(field, Number(raw), raw) : fail({ code: 'number.tooLarge', params: { raw } });
		if (DECIMAL.test(raw)) return fail({ code: 'number.fraction', params: { raw } });
		return fail({ code: 'number.notWhole', params: { raw } });
	}
	if (DECIMAL.test(raw)) return checkRange(field, Number(raw.replace(',', '.')), raw);
	return fail({ code: 'number.notNumber', params: { raw } });
}

function checkLink(raw: string): CellResult {
	let url: URL | null;
	try {
		url = new URL(raw);
	} catch {
		url = null;
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !/^https?:\/\//i.test(raw)) {
		return fail({ code: 'link.scheme', params: { raw } });
	}
	return ok(raw);
}

function checkString(field: Field, raw: string): CellResult {
	const c = field.constraints ?? {};
	if (c.enum && !c.enum.includes(raw)) return fail({ code: 'value.notAllowed', params: { raw, allowed: c.enum.join(', ') } });
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) {
		return fail({ code: 'value.pattern', params: { raw, pattern: c.pattern } });
	}
	if (field.format === 'uri') return checkLink(raw);
	return ok(raw);
}

/** Empty cells are null (unknown), never zero; surrounding spaces are ignored. */
export function checkCell(field: Field, cell: string): CellResult {
	const raw = cell.trim();
	if (raw === '') return field.constraints?.required ? fail({ code: 'cell.required', params: {} }) : ok(null);
	switch (field.type) {
		case 'date':
			return checkDate(raw);
		case 'integer':
		case 'number':
			return checkNumber(field, raw);
		case 'list': {
			const items = raw
				.split(field.delimiter ?? ',')
				.map((s) => s.trim())
				.filter((s) => s !== '');
			if (items.length === 0 && field.constraints?.required) return fail({ code: 'list.empty', params: {} });
			return ok(items);
		}
		default:
			return checkString(field, raw);
	}
}
