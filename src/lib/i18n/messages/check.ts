// Messages of the file check: the page around it, and every problem it reports in a file. In English; the Russian is in
// check.ru.ts.
import type { Message } from '../format';

// `issue.CODE` words the problem CODE (src/lib/ingest/problems.ts); its {placeholders} are the values the problem
// names, and a number named by a `check.count.NAME` key is written with its noun, so Russian agrees it with the number.
// The English wording is what `npm run data:check` has always printed: its tests and the README quote it.
export const en = {
	'check.title': 'Check a file before publishing',
	'check.lede': 'Choose a CSV named after its table (for example detentions.csv): it is checked on this device, with the same rules as npm run data:check, and is not uploaded anywhere.',
	'check.choose': 'CSV file to check',
	'check.reading': 'Checking {file}…',
	'check.ok': '{file}: no errors.',
	'check.errors': { one: '{n} error; each line says where (file:line:column) and what to do.', other: '{n} errors; each line says where (file:line:column) and what to do.' },
	'check.counts': '{read} rows read, {valid} valid ({encoding}, separator “{delimiter}”).',
	'check.preview': { one: 'Preview of the first {n} valid row', other: 'Preview of the first {n} valid rows' },
	// data:check has always said "1 cells": English keeps it, so that every line it prints stays as quoted.
	'check.count.cells': { one: '{n} cells', other: '{n} cells' },
	'check.count.columns': { one: '{n} columns', other: '{n} columns' },
	'issue.file.unknownName': 'the file name does not match any resource; name it after one of: {names}',
	'issue.file.missing': 'the file is missing; the data package lists it as resource "{resource}"',
	'issue.file.empty': 'the file is empty; expected a header row with: {fields}',
	'issue.quote.unclosed': 'a quoted cell is never closed: add the missing closing quote (") or remove the opening one',
	'issue.quote.stray': 'a quote (") inside a cell must be doubled (""), or the whole cell put in quotes',
	'issue.header.unnamed': 'column {letter} has no name in the header',
	'issue.header.unknown': 'column "{name}" is not part of {resource}; expected columns: {expected}',
	'issue.header.repeated': 'column "{name}" appears twice (first as column {first})',
	'issue.header.missing': 'required column "{name}" is missing from the header',
	'issue.row.width': 'this row has {cells} but the header has {columns}; check for a missing or extra separator "{delimiter}" or an unquoted "{delimiter}" inside a cell',
	'issue.cell.required': 'is required, but this cell is empty',
	'issue.list.empty': 'is required, but lists no item',
	'issue.date.notReal': '"{raw}" is not a date that exists (year-month-day)',
	'issue.date.outOfRange': '"{raw}" is outside {first}–{last}; check the year',
	'issue.date.dayFirst': 'dates are written year-month-day: write {iso} instead of "{raw}" (format the column as text before saving)',
	'issue.date.notDate': '"{raw}" is not a date: write it as YYYY-MM-DD, e.g. 2022-03-06',
	'issue.number.belowMinimum': 'must be at least {minimum}; found {raw}',
	'issue.number.aboveMaximum': 'must be at most {maximum}; found {raw}',
	'issue.number.tooLarge': '{raw} is too large to be a count',
	'issue.number.fraction': 'must be a whole number; found {raw}',
	'issue.number.notWhole': 'must be a whole number; found "{raw}"',
	'issue.number.notNumber': 'must be a number such as 2.5; found "{raw}"',
	'issue.value.notAllowed': '"{raw}" is not one of the allowed values: {allowed}',
	'issue.value.pattern': '"{raw}" does not have the expected form (pattern {pattern})',
	'issue.link.scheme': 'links must start with http:// or https://; found "{raw}"',
	'issue.key.repeated': '{key} "{value}" is already used on line {line}; each row needs its own',
	'issue.reference.unknown': '"{value}" is not a {refField} in {reference}; use one listed there or add it there first',
	'issue.reference.unknownNear': '"{value}" is not a {refField} in {reference}; the closest there: {closest}. Use one listed there or add it there first',
	'issue.status.servedAtLiberty': 'status "imprisoned" contradicts punishment "{punishment}", which is served at liberty; write non_custodial (or released, exchanged, died), or correct the punishment',
	'issue.status.servedInCustody': 'status "non_custodial" contradicts punishment "{punishment}"; write imprisoned (or released…), or correct the punishment',
	'issue.dates.order': '{later} {laterDate} is before {earlier} {earlierDate}; one of the two dates is wrong',
	'issue.birth.yearDiffers': 'birth date {birthDate} is not in birth_year {birthYear}; correct one of the two (the year of a published birth date is the birth year)',
	'issue.birth.yearMissing': 'is empty, but birth_date is {birthDate}; write {year} here too, or leave birth_date empty',
	'issue.changes.noteMissing': 'a correction needs {field}: say in a sentence what was corrected, since that is all its feed entry tells readers'
} as const satisfies Record<string, Message>;
