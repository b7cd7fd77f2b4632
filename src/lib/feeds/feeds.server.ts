// The feeds as the build writes them: their data read once per database (and noted, so an unchanged feed is reused by
// the next build), each feed in each language as Atom or JSON Feed, with ids derived from what each entry is about.
import { createHash } from 'node:crypto';
import { remember, type Read } from '../build/reads.server';
import { DETENTION_DIMENSIONS } from '../datasets/detentions';
import { valueLists } from '../datasets/values';
import { bundledDatabase } from '../db/node';
import { allFigures, articleList, changeLog, newestDetentionEvents, prisonerList } from '../db/queries';
import type { Database } from '../db/types';
import { LOCALES, type Locale } from '../i18n/locales';
import { buildRoot } from '../meta/site';
import { feedPath } from '../site/pages';
import { FEED_ENTRIES, feedOf, type FeedSource } from './feeds';
import { atomXml, FEED_TYPES, jsonFeed } from './formats';

const sources = new WeakMap<Database, { value: Promise<FeedSource & { asOf: string }>; reads: Set<Read> }>();

/** What every feed is made from, read once per database. */
export function feedSource(db: Database): Promise<FeedSource & { asOf: string }> {
	return remember(sources, db, async () => {
		const [changes, people, events, figures, articles, values] = await Promise.all([
			changeLog(db),
			prisonerList(db),
			newestDetentionEvents(db, FEED_ENTRIES),
			allFigures(db),
			articleList(db),
			valueLists(db, DETENTION_DIMENSIONS)
		]);
		// A feed with no entry is still dated, by the newest date anywhere in the data: never by the build's clock.
		const dates = [...changes.map((c) => c.date), ...events.map((e) => e.date), ...figures.map((f) => f.date), ...people.map((p) => p.updatedOn)];
		const asOf = dates.reduce((a, b) => (b > a ? b : a), '1970-01-01');
		return { changes, people, events, figures, articles, values, asOf };
	});
}

/** An RFC 4122 name-based id (version 5 layout over SHA-1): the same text always gives the same id. */
export function uuidOf(text: string): string {
	const hex = createHash('sha1').update(text).digest('hex').slice(0, 32).split('');
	hex[12] = '5';
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const isLocale = (lang: string): lang is Locale => (LOCALES as readonly string[]).includes(lang);

/** A feed file's response, or null when the language or the feed does not exist. */
export async function feedResponse(lang: string, name: string, format: 'atom' | 'json'): Promise<Response | null> {
	if (!isLocale(lang)) return null;
	const source = await feedSource(await bundledDatabase());
	const feed = feedOf(source, name, lang);
	if (!feed) return null;
	const address = {
		root: buildRoot(),
		atom: feedPath(lang, name, 'atom'),
		json: feedPath(lang, name, 'json'),
		idOf: (key: string) => uuidOf(`${lang}:${name}:${key}`)
	};
	const body = format === 'atom' ? atomXml(feed, address, source.asOf) : jsonFeed(feed, address);
	return new Response(body, { headers: { 'content-type': `${FEED_TYPES[format]}; charset=utf-8` } });
}
