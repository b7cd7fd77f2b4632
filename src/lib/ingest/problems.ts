// What is wrong in a data file as a value (a code and the values it names), worded in English or Russian from the
// check's messages: data:check prints English, the data page its reader's language.
import { plural, type Message } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import * as wordings from '../i18n/messages/check';
import { ru } from '../i18n/messages/check.ru';

type English = typeof wordings.en;
type CodeOf<Key> = Key extends `issue.${infer Code}` ? Code : never;
/** The names between braces in a message: the values a problem must give for it to be worded. */
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Every problem the check reports: `date.notReal` is worded by the message `issue.date.notReal`. */
export type ProblemCode = CodeOf<keyof English>;

/** The values are derived from the English message, so a problem that leaves one out does not compile. */
export type Problem = {
	[Code in ProblemCode]: {
		code: Code;
		params: Record<Placeholders<English[`issue.${Code}`]>, string | number>;
		/** The column the problem is in, named before the message as data:check has always done: `date: …`. */
		field?: string;
	};
}[ProblemCode];

export const PROBLEM_CODES = Object.keys(wordings.en)
	.filter((key) => key.startsWith('issue.'))
	.map((key) => key.slice('issue.'.length) as ProblemCode);

// Both languages' wordings are imported here, not loaded (i18n/messages.ts): the check also runs in a web worker.
const WORDINGS: Record<Locale, Record<string, Message>> = { en: wordings.en, ru };

export function wordProblem(problem: Problem, locale: Locale): string {
	const table = WORDINGS[locale];
	const params: Record<string, string | number> = problem.params;
	// One pass over the message only: a value that holds braces (a pattern such as [A-Z]{2,3}) is never filled in.
	const text = String(table[`issue.${problem.code}`]).replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		const counted = table[`check.count.${name}`];
		return typeof value === 'number' && typeof counted === 'object' ? plural(locale, value, counted) : String(value);
	});
	return problem.field === undefined ? text : `${problem.field}: ${text}`;
}
