// /calendars/<lang>/birthdays.ics: the birthdays of people who can receive letters, for letter writers' calendars
// (feeds/calendar.ts).
import { error } from '@sveltejs/kit';
import { bundledDatabase } from '$lib/db/node';
import { prisonerList } from '$lib/db/queries';
import { birthdayCalendar } from '$lib/feeds/calendar';
import { uuidOf } from '$lib/feeds/feeds.server';
import { addressFrom } from '$lib/feeds/formats';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { buildRoot } from '$lib/meta/site';
import { fileEntries } from '$lib/site/manifest.server';
import { fillRoute, fileType } from '$lib/site/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => fileEntries('birthdays');

export const GET: RequestHandler = async ({ params }) => {
	if (!(LOCALES as readonly string[]).includes(params.lang)) error(404, 'No such calendar');
	const locale = params.lang as Locale;
	const self = fillRoute(fileType('birthdays').route, { lang: locale });
	const people = await prisonerList(await bundledDatabase());
	const body = birthdayCalendar(people, locale, (path) => addressFrom(buildRoot(), self, path), (id) => uuidOf(`birthday:${id}`).replace('urn:uuid:', ''));
	return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
