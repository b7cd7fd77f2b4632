// URL query parameters parsed into typed values: each is valid, invalid (kept with a reason) or missing.
// Shared by every page whose filters live in the URL.
import { isIsoDay } from '../time/days';

export type Parsed<T> =
	| { kind: 'valid'; value: T }
	| { kind: 'invalid'; raw: string; reason: string; value: T }
	| { kind: 'missing'; value: T };

export type ParamSpec =
	| { type: 'list'; allowed: ReadonlySet<string> }
	| { type: 'one'; allowed: ReadonlySet<string>; fallback: string }
	| { type: 'date'; min?: string; max?: string }
	| { type: 'text'; maxLength: number }
	| { type: 'number'; min: number; max: number };

export type ParamValue<S extends ParamSpec> = S extends { type: 'list' }
	? string[]
	: S extends { type: 'number' }
		? number | null
		: S extends { type: 'date' }
			? string | null
			: string;

/**
 * A list is its items joined by commas; a comma or backslash inside an item (an organiser's name written as the
 * source wrote it) is escaped with a backslash, so that every item comes back whole.
 */
const LIST_ITEM = /(?:\\.|[^,\\])+/g;
const escapeItem = (item: string) => item.replace(/[\\,]/g, (c) => `\\${c}`);
const unescapeItem = (item: string) => item.replace(/\\(.)/g, '$1');

function parseList(raw: string, allowed: ReadonlySet<string>): Parsed<string[]> {
	const items = [...new Set((raw.match(LIST_ITEM) ?? []).map((s) => unescapeItem(s.trim())).filter((s) => s !== ''))];
	const good = items.filter((i) => allowed.has(i));
	const bad = items.filter((i) => !allowed.has(i));
	if (bad.length === 0) return { kind: 'valid', value: good.sort() };
	return { kind: 'invalid', raw, reason: `unknown value ${bad.map((b) => `"${b}"`).join(', ')}`, value: good.sort() };
}

export function parseParam<S extends ParamSpec>(raw: string | null, spec: S): Parsed<ParamValue<S>> {
	type V = ParamValue<S>;
	const empty = (spec.type === 'list' ? [] : spec.type === 'one' ? spec.fallback : spec.type === 'text' ? '' : null) as V;
	if (raw === null || raw.trim() === '') return { kind: 'missing', value: empty };
	const text = raw.trim();
	switch (spec.type) {
		case 'list':
			return parseList(text, spec.allowed) as Parsed<V>;
		case 'text':
			return text.length <= spec.maxLength ? { kind: 'valid', value: text as V } : { kind: 'invalid', raw, reason: `longer than ${spec.maxLength} characters`, value: text.slice(0, spec.maxLength) as V };
		case 'one':
			return spec.allowed.has(text) ? { kind: 'valid', value: text as V } : { kind: 'invalid', raw, reason: `unknown value "${text}"`, value: empty };
		case 'date': {
			if (!isIsoDay(text)) return { kind: 'invalid', raw, reason: 'not a date (YYYY-MM-DD)', value: empty };
			if ((spec.min && text < spec.min) || (spec.max && text > spec.max)) {
				return { kind: 'invalid', raw, reason: `outside the data (${spec.min ?? '…'} to ${spec.max ?? '…'})`, value: empty };
			}
			return { kind: 'valid', value: text as V };
		}
		case 'number': {
			const n = Number(text);
			if (!Number.isFinite(n) || n < spec.min || n > spec.max) {
				return { kind: 'invalid', raw, reason: `not a number from ${spec.min} to ${spec.max}`, value: empty };
			}
			return { kind: 'valid', value: n as V };
		}
	}
}

export interface ParamProblem {
	param: string;
	raw: string;
	reason: string;
}

export type Specs = Record<string, ParamSpec>;
export type ValuesOf<T extends Specs> = { -readonly [K in keyof T]: ParamValue<T[K]> };

/** Parses every parameter a page knows; what cannot be used falls back to its default and is reported. */
export function parseParams<T extends Specs>(params: URLSearchParams, specs: T): { values: ValuesOf<T>; problems: ParamProblem[] } {
	const values = {} as ValuesOf<T>;
	const problems: ParamProblem[] = [];
	for (const [name, spec] of Object.entries(specs) as [keyof T & string, T[keyof T]][]) {
		const parsed = parseParam(params.get(name), spec);
		values[name] = parsed.value as ValuesOf<T>[typeof name];
		if (parsed.kind === 'invalid') problems.push({ param: name, raw: parsed.raw, reason: parsed.reason });
	}
	return { values, problems };
}

/** The canonical query string of some values: defaults left out, lists sorted and comma-joined, keys in spec order. */
export function serializeParams<T extends Specs>(values: ValuesOf<T>, specs: T): URLSearchParams {
	const out = new URLSearchParams();
	for (const [name, spec] of Object.entries(specs)) {
		const value = values[name as keyof T] as unknown;
		if (spec.type === 'list') {
			const list = value as string[];
			if (list.length > 0) out.set(name, [...list].sort().map(escapeItem).join(','));
		} else if (spec.type === 'one') {
			if (value !== spec.fallback) out.set(name, String(value));
		} else if (spec.type === 'text') {
			if (value !== '') out.set(name, String(value));
		} else if (value !== null && value !== undefined) {
			out.set(name, String(value));
		}
	}
	return out;
}
