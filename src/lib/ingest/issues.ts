// Data errors as values with a place, worded for the person who keeps the spreadsheet, in their language.
import type { Locale } from '../i18n/locales';
import { wordProblem, type Problem } from './problems';

export interface IssuePlace {
	file: string;
	/** The line a text editor shows: the header is line 1, a quoted multi-line cell counts all its lines. */
	line: number;
	/** The column's position in the header, 1-based (1 = spreadsheet column A); absent for whole-row problems. */
	column?: number;
}

export interface DataIssue extends IssuePlace {
	/** What is wrong, in English: as data:check prints it, and as the importers pass it on in rejected.csv. */
	message: string;
	/** The same as a value, so that it can be worded in Russian too; the importers' own file messages have none. */
	problem?: Problem;
}

/** An issue whose English message is worded from its problem, so that the two never disagree. */
export function issueAt(place: IssuePlace, problem: Problem): DataIssue {
	return { ...place, problem, message: wordProblem(problem, 'en') };
}

/**
 * `FILE:LINE: message` or `FILE:LINE:COLUMN: message`, one issue per line, as compilers print them; the place is
 * the same in every language. Any `locale` but 'ru' words English, so `issues.map(formatIssue)`, which passes
 * each issue's index, prints English as data:check always has.
 */
export function formatIssue(issue: DataIssue, locale: Locale | number = 'en'): string {
	const place = issue.column === undefined ? `${issue.line}` : `${issue.line}:${issue.column}`;
	const message = issue.problem ? wordProblem(issue.problem, locale === 'ru' ? 'ru' : 'en') : issue.message;
	return `${issue.file}:${place}: ${message}`;
}

/** Spreadsheet column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
	let n = column;
	let letters = '';
	while (n > 0) {
		const rem = (n - 1) % 26;
		letters = String.fromCharCode(65 + rem) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

export function byPlace(a: DataIssue, b: DataIssue): number {
	return a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
