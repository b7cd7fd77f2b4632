// Messages of the feeds of what changed (Atom and JSON Feed) and of the birthday calendar. In English; the Russian is
// in feeds.ru.ts.
import type { Message } from '../format';

export const en = {
	'feed.detentions': 'Detentions: the newest events',
	'feed.prisoners': 'Political prisoners: what changed',
	'feed.figures': 'Published figures: the newest',
	'feed.view': 'What changed — {dimension}: {value}',
	'feed.subtitle': 'New entries as the data records them, dated by the data itself; the newest {n} in each feed.',
	'feed.follow': 'Follow what changes',
	'feed.followHere': 'Follow what changes here',
	'feed.atom': 'Atom feed: {title}',
	'feed.json': 'JSON Feed: {title}',
	'feed.added': 'Added to the list: {name}',
	'feed.added.female': 'Added to the list: {name}',
	'feed.added.male': 'Added to the list: {name}',
	'feed.sentenced': 'Sentenced: {name}',
	'feed.released': 'Released: {name}',
	'feed.released.female': 'Released: {name}',
	'feed.released.male': 'Released: {name}',
	'feed.status': '{name}: {status}',
	'feed.corrected': 'Correction: {name}',
	'feed.event': '{event}, {place}: {detained}',
	'feed.detained': { one: '{n} detained', other: '{n} detained' },
	'feed.detainedUnknown': 'number detained unknown',
	'feed.figure': '{metric}: {value}',
	'feed.figureSource': 'Published by {source} on {date}.',
	'calendar.name': 'Birthdays of political prisoners who can receive letters',
	'calendar.description': 'Each person’s birthday, with a link to their profile and how to write to them. Only people whose date of birth is published and whose letter address is known.',
	'calendar.summary': 'Birthday: {name}',
	'calendar.body': 'Write a letter for their birthday: {url}',
	'calendar.address': 'Letter address: {address}',
	'calendar.link': 'Birthdays calendar (iCalendar)'
} as const satisfies Record<string, Message>;
