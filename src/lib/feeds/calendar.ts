// The birthday calendar for letter writers (iCalendar, RFC 5545): one yearly all-day event per person whose date of
// birth is published, who is held and whose letter address is known, linking to their profile's letter section.
// Every date in it comes from the data (DTSTAMP is the record's updated_on), so the same data gives the same file.
import type { Prisoner } from '../db/queries';
import { translate } from '../i18n/i18n';
import type { Locale } from '../i18n/locales';
import { HELD_STATUSES, nameIn } from '../prisoners/entries';
import { localizedPath, pagePath } from '../site/pages';

/** Who is in the calendar: a published birth date, held, and an address to write to. */
export function canReceiveBirthdayLetters(p: Prisoner): p is Prisoner & { birthDate: string; letterAddress: string } {
	return p.birthDate !== null && HELD_STATUSES.has(p.status) && (p.letterAddress ?? '').trim() !== '';
}

/** A TEXT value: backslashes, separators and line breaks escaped (RFC 5545, 3.3.11). */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Content lines of at most 75 octets, continued on the next line after a space, never inside a UTF-8 character. */
function fold(line: string): string {
	const out: string[] = [];
	let current = '';
	let bytes = 0;
	for (const char of line) {
		const size = new TextEncoder().encode(char).length;
		if (bytes + size > (out.length === 0 ? 75 : 74)) {
			out.push(current);
			current = '';
			bytes = 0;
		}
		current += char;
		bytes += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The calendar in a language. `href` makes a page's address as the file names it (absolute with SITE_URL); `uidOf`
 * a stable unique id for a person's event.
 */
export function birthdayCalendar(people: readonly Prisoner[], locale: Locale, href: (path: string) => string, uidOf: (id: string) => string): string {
	const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(locale, key, params);
	const events = people
		.filter(canReceiveBirthdayLetters)
		.sort((a, b) => a.birthDate.slice(5).localeCompare(b.birthDate.slice(5)) || a.id.localeCompare(b.id))
		.flatMap((p) => {
			const url = `${href(localizedPath(locale, pagePath('profile', { id: p.id })))}#letter-heading`;
			// 29 February comes back on the last day of February, not only in leap years.
			const yearly = p.birthDate.endsWith('-02-29') ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY';
			return [
				'BEGIN:VEVENT',
				`UID:${uidOf(p.id)}`,
				`DTSTAMP:${compact(p.updatedOn)}T000000Z`,
				`DTSTART;VALUE=DATE:${compact(p.birthDate)}`,
				`DTEND;VALUE=DATE:${compact(nextDay(p.birthDate))}`,
				yearly,
				`SUMMARY:${text(t('calendar.summary', { name: nameIn(locale, p) }))}`,
				`DESCRIPTION:${text(`${t('calendar.body', { url })}\n${t('calendar.address', { address: p.letterAddress })}`)}`,
				`URL:${url}`,
				'TRANSP:TRANSPARENT',
				'END:VEVENT'
			];
		});
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${text(translate('en', 'site.short'))}//Birthdays//${locale.toUpperCase()}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(t('calendar.name'))}`,
		`X-WR-CALDESC:${text(t('calendar.description'))}`,
		...events,
		'END:VCALENDAR'
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
