// What each feed of what changed says, decided from the data alone: new detention events (their dates), changes about
// people (the change log, changes.csv, dated the day each was published) and new published figures (the day their
// source published them). Nothing here reads a clock, so two builds of the same data give the same entries.
import { DETENTION_DIMENSIONS, type DimensionKey, type DimensionValue } from '../datasets/detentions';
import { PRISONER_DIMENSIONS } from '../datasets/prisoners';
import type { Article, DetentionEvent, Figure, Prisoner, PublishedChange } from '../db/queries';
import { dimensionLabels } from '../detentions/labels';
import { formatDate, formatNumber } from '../i18n/format';
import { createI18n, type I18n } from '../i18n/i18n';
import { articleShortName, capitalized } from '../i18n/labels';
import type { Locale } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages';
import { aboutPerson, nameIn, toEntry } from '../prisoners/entries';
import { cardPageOf, cardPath, DATASET_FEEDS, localizedPath, pagePath, pageType, type PageTypeId } from '../site/pages';

/** Entries a feed keeps, newest first: enough for a reader who looks once a week, small enough for a fast build. */
export const FEED_ENTRIES = 50;

/** Everything the feeds are made from, read once per build (feeds.server.ts). */
export interface FeedSource {
	changes: PublishedChange[];
	people: Prisoner[];
	/** The newest events of the whole data and of each dimension's values (newestDetentionEvents). */
	events: DetentionEvent[];
	figures: Figure[];
	articles: Article[];
	values: Record<DimensionKey, DimensionValue[]>;
}

export interface FeedEntry {
	/** What the entry is about, unique and stable in its feed: its id is made from it. */
	key: string;
	/** YYYY-MM-DD, from the data. */
	date: string;
	title: string;
	summary: string;
	/** The page it links to, from the site's root, in the feed's language. */
	link: string;
	/** That page's link-preview card, from the site's root. */
	card: string;
}

export interface Feed {
	name: string;
	locale: Locale;
	title: string;
	subtitle: string;
	/** The page the feed follows, from the site's root. */
	page: string;
	/** The newest entry's date, or null for a feed with none. */
	updated: string | null;
	entries: FeedEntry[];
}

/** The page a link goes to, and that page's card, in a language. */
function linkTo(locale: Locale, id: PageTypeId, params: Record<string, string> = {}): { link: string; card: string } {
	const path = pagePath(id, params);
	return { link: localizedPath(locale, path), card: cardPath(locale, cardPageOf(pageType(id), params)) };
}

const CHANGE_TITLES: Record<PublishedChange['change'], MessageKey> = {
	added: 'feed.added',
	sentenced: 'feed.sentenced',
	released: 'feed.released',
	status: 'feed.status',
	corrected: 'feed.corrected'
};
/** Within a day, the order things happen to a person. */
const CHANGE_ORDER: PublishedChange['change'][] = ['added', 'sentenced', 'released', 'status', 'corrected'];

/** What people's feed entries need, made once per source: each person, each article, and the views a person is in. */
class PeopleIndex {
	readonly byId: Map<string, Prisoner>;
	readonly articleByCode: Map<string, Article>;
	/** 'region=RU-MOW', 'article=uk-207.3'…: the single-value views a person belongs in, by id. */
	private readonly views = new Map<string, Set<string>>();

	constructor(source: FeedSource) {
		this.byId = new Map(source.people.map((p) => [p.id, p]));
		this.articleByCode = new Map(source.articles.map((a) => [a.code, a]));
		const chargeOf = new Map(source.articles.map((a) => [a.code, a.chargeType]));
		// The prisoners dataset's own dimension of the view's key decides, as its filters do.
		const shared = PRISONER_DIMENSIONS.filter((d) => DETENTION_DIMENSIONS.some((dd) => dd.key === d.key));
		for (const person of source.people) {
			const entry = toEntry(person);
			this.views.set(person.id, new Set(shared.flatMap((d) => d.codesOf(entry, (a) => chargeOf.get(a)).map((code) => `${d.key}=${code}`))));
		}
	}

	inView(person: Prisoner, key: DimensionKey, value: string): boolean {
		return this.views.get(person.id)?.has(`${key}=${value}`) ?? false;
	}
}

const indexes = new WeakMap<FeedSource, PeopleIndex>();
function peopleIndex(source: FeedSource): PeopleIndex {
	let index = indexes.get(source);
	if (!index) indexes.set(source, (index = new PeopleIndex(source)));
	return index;
}

/** The first `FEED_ENTRIES` of a list sorted newest first, and any that share the last one's date (the order decides among those). */
function newestOf<T extends { date: string }>(sorted: readonly T[]): T[] {
	const last = sorted[FEED_ENTRIES - 1];
	if (!last) return [...sorted];
	let end = FEED_ENTRIES;
	while (end < sorted.length && sorted[end]!.date === last.date) end++;
	return sorted.slice(0, end);
}

function changeEntry(i18n: I18n, change: PublishedChange, person: Prisoner, people: PeopleIndex, regionName: (code: string) => string): FeedEntry {
	const name = nameIn(i18n.locale, person);
	const status = aboutPerson(i18n, `status.${person.status}` as MessageKey, person.gender);
	const title = aboutPerson(i18n, CHANGE_TITLES[change.change], person.gender, { name, status: status.toLocaleLowerCase(i18n.locale) });
	const articles = person.articles.map((code) => {
		const article = people.articleByCode.get(code);
		return article ? articleShortName(i18n, article) : code;
	});
	const note = i18n.locale === 'ru' ? change.noteRu : change.noteEn;
	const facts = [status, articles.join(', '), regionName(person.region), change.change === 'sentenced' ? person.sentenceRaw : null].filter((f): f is string => !!f);
	return {
		key: `person/${person.id}/${change.change}/${change.date}`,
		date: change.date,
		title,
		summary: [note, facts.join(' · ')].filter(Boolean).join(' '),
		...linkTo(i18n.locale, 'profile', { id: person.id })
	};
}

function eventEntry(i18n: I18n, event: DetentionEvent, label: ReturnType<typeof dimensionLabels>): FeedEntry {
	const detained = event.detained === null ? i18n.t('feed.detainedUnknown') : i18n.tn('feed.detained', event.detained);
	const place = event.city ?? label.region(event.region);
	const facts = [formatDate(i18n.locale, event.date), label.topic(event.topic), event.article === null ? null : label.article(event.article)];
	// An event has no page of its own: its entry leads to its region's view, where it is counted.
	const region = event.region === null ? linkTo(i18n.locale, 'detentions') : linkTo(i18n.locale, 'detentionsView', { dimension: 'region', value: event.region });
	return {
		key: `event/${event.id}`,
		date: event.date,
		title: i18n.t('feed.event', { event: label.event(event.event), place, detained }),
		summary: facts.filter(Boolean).join(' · '),
		...region
	};
}

/** The day a figure became news: the day its source published it, or the day it is as of when the source gives less. */
const figureDate = (figure: Figure) => (figure.sourceDate.length === 10 ? figure.sourceDate : figure.date);

function figureEntry(i18n: I18n, figure: Figure): FeedEntry {
	const value = i18n.t(`qualifier.${figure.qualifier}` as MessageKey, { value: formatNumber(i18n.locale, figure.value) });
	const metric = i18n.locale === 'ru' ? figure.labelRu : figure.labelEn;
	return {
		key: `figure/${figure.metric}/${figure.date}/${figure.sourceTitle}/${figure.value}`,
		date: figureDate(figure),
		title: i18n.t('feed.figure', { metric: capitalized(metric), value }),
		summary: `${formatDate(i18n.locale, figure.date)}. ${i18n.t('feed.figureSource', { source: figure.sourceTitle, date: formatDate(i18n.locale, figure.sourceDate) })}`,
		...linkTo(i18n.locale, 'home')
	};
}

/** Newest first; a day's entries in a fixed order (people's changes as they happen, then by key). */
function newest(entries: FeedEntry[]): FeedEntry[] {
	const rank = (e: FeedEntry) => CHANGE_ORDER.findIndex((c) => e.key.includes(`/${c}/`));
	return entries
		.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)))
		.slice(0, FEED_ENTRIES);
}

/** The feed of one name ('detentions', 'prisoners', 'figures' or 'detentions/<key>/<value>') in one language. */
export function feedOf(source: FeedSource, name: string, locale: Locale): Feed | null {
	const i18n = createI18n(() => locale);
	const label = dimensionLabels(i18n, source.values);
	const people = peopleIndex(source);
	// The log comes newest first: only the newest of a feed's changes are worded.
	const personEntries = (keep: (p: Prisoner) => boolean) =>
		newestOf(source.changes.filter((c) => keep(people.byId.get(c.person)!))).map((c) => changeEntry(i18n, c, people.byId.get(c.person)!, people, (code) => label.region(code)));
	const subtitle = i18n.t('feed.subtitle', { n: FEED_ENTRIES });
	const feed = (title: string, page: string, entries: FeedEntry[]): Feed => {
		const kept = newest(entries);
		return { name, locale, title, subtitle, page: localizedPath(locale, page), updated: kept[0]?.date ?? null, entries: kept };
	};

	if ((DATASET_FEEDS as readonly string[]).includes(name)) {
		if (name === 'detentions') return feed(i18n.t('feed.detentions'), pagePath('detentions'), source.events.map((e) => eventEntry(i18n, e, label)));
		if (name === 'prisoners') return feed(i18n.t('feed.prisoners'), pagePath('prisoners'), personEntries(() => true));
		return feed(i18n.t('feed.figures'), pagePath('home'), source.figures.map((f) => figureEntry(i18n, f)));
	}
	const [dataset, key, value, ...rest] = name.split('/');
	const dimension = DETENTION_DIMENSIONS.find((d) => d.key === key);
	if (dataset !== 'detentions' || !dimension || value === undefined || rest.length > 0) return null;
	if (!source.values[dimension.key].some((v) => v.code === value)) return null;
	const dimensionKey = dimension.key;
	const title = i18n.t('feed.view', { dimension: i18n.t(dimension.label).toLocaleLowerCase(locale), value: label[dimensionKey](value) });
	const entries = [
		...source.events.filter((e) => e[dimensionKey] === value).map((e) => eventEntry(i18n, e, label)),
		...personEntries((p) => people.inView(p, dimensionKey, value))
	];
	return feed(title, pagePath('detentionsView', { dimension: dimensionKey, value }), entries);
}
