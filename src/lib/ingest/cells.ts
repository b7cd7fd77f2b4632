// Checks one cell against its Table Schema field and returns the typed value or what is wrong with it.
import type { CellValue, Field } from '../schema/types';
import { isIsoDay } from '../time/days';

export type CellResult = { ok: true; value: CellValue } | { ok: false; problem: string };

const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const INTEGER = /^[+-]?\d+$/;
/** A decimal comma is what Russian-locale spreadsheets write; it means the same number. */
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

const ok = (value: CellValue): CellResult => ({ ok: true, value });
const fail = (problem: string): CellResult => ({ ok: false, problem });

/** Dates outside these years are typing slips (0222 for 2022): a time axis over centuries would help nobody. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function checkDate(raw: string): CellResult {
	if (ISO_FORM.test(raw)) {
		if (!isIsoDay(raw)) return fail(`"${raw}" is not a date that exists (year-month-day)`);
		const year = Number(raw.slice(0, 4));
		if (year < FIRST_YEAR || year > LAST_YEAR) return fail(`"${raw}" is outside ${FIRST_YEAR}–${LAST_YEAR}; check the year`);
		return ok(raw);
	}
	const dotted = DOTTED_DATE.exec(raw);
	if (dotted) {
		const iso = `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
		return fail(`dates are written year-month-day: write ${iso} instead of "${raw}" (format the column as text before saving)`);
	}
	return fail(`"${raw}" is not a date: write it as YYYY-MM-DD, e.g. 2022-03-06`);
}

function checkRange(field: Field, n: number, raw: string): CellResult {
	const { minimum, maximum } = field.constraints ?? {};
	if (minimum !== undefined && n < minimum) return fail(`must be at least ${minimum}; found ${raw}`);
	if (maximum !== undefined && n > maximum) return fail(`must be at most ${maximum}; found ${raw}`);
	return ok(n);
}

function checkNumber(field: Field, raw: string): CellResult {
	if (field.type === 'integer') {
		// Beyond 2^53 a number is no longer exact; no count in this data comes near that.
		if (INTEGER.test(raw)) return Number.isSafeInteger(Number(raw)) ? checkRange(field, Number(raw), raw) : fail(`${raw} is too large to be a count`);
		if (DECIMAL.test(raw)) return fail(`must be a whole number; found ${raw}`);
		return fail(`must be a whole number; found "${raw}"`);
	}
	if (DECIMAL.test(raw)) return checkRange(field, Number(raw.replace(',', '.')), raw);
	return fail(`must be a number such as 2.5; found "${raw}"`);
}

function checkLink(raw: string): CellResult {
	let url: URL | null;
	try {
		url = new URL(raw);
	} catch {
		url = null;
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !/^https?:\/\//i.test(raw)) {
		return fail(`links must start with http:// or https://; found "${raw}"`);
	}
	return ok(raw);
}

function checkString(field: Field, raw: string): CellResult {
	const c = field.constraints ?? {};
	if (c.enum && !c.enum.includes(raw)) return fail(`"${raw}" is not one of the allowed values: ${c.enum.join(', ')}`);
	if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(raw)) {
		return fail(`"${raw}" does not have the expected form (pattern ${c.pattern})`);
	}
	if (field.format === 'uri') return checkLink(raw);
	return ok(raw);
}

/** Empty cells are null (unknown), never zero; surrounding spaces are ignored. */
export function checkCell(field: Field, cell: string): CellResult {
	const raw = cell.trim();
	if (raw === '') return field.constraints?.required ? fail('is required, but this cell is empty') : ok(null);
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
			if (items.length === 0 && field.constraints?.required) return fail('is required, but lists no item');
			return ok(items);
		}
		default:
			return checkString(field, raw);
	}
}
