// Names of the codes the detentions charts count, in the page's language.
import type { Article, BreakdownName, Region, VocabularyEntry } from '../db/queries';
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export type KeyLabeller = (key: string | null) => string;

function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function articleShortName(i18n: I18n, article: Article): string {
	return `${i18n.t(article.law === 'criminal' ? 'law.criminalShort' : 'law.administrativeShort')} ${article.number}`;
}

export function articleTitle(i18n: I18n, article: Article): string {
	return i18n.locale === 'ru' ? article.titleRu : article.titleEn;
}

export function regionName(i18n: I18n, region: Region): string {
	return i18n.locale === 'ru' ? region.nameRu : region.nameEn;
}

/** An event type's or topic's label, from its lookup table. */
export function vocabularyLabel(i18n: I18n, entry: VocabularyEntry): string {
	return i18n.locale === 'ru' ? entry.labelRu : entry.labelEn;
}

export interface LabelLists {
	regions: Region[];
	articles: Article[];
	eventTypes: VocabularyEntry[];
	topics: VocabularyEntry[];
}

/** One labeller per breakdown; unknown codes are shown as they are rather than hidden. */
export function breakdownLabels(i18n: I18n, { regions, articles, eventTypes, topics }: LabelLists): Record<BreakdownName, KeyLabeller> {
	const regionByCode = new Map(regions.map((r) => [r.code, r]));
	const articleByCode = new Map(articles.map((a) => [a.code, a]));
	const fromList = (list: VocabularyEntry[], unknown: MessageKey) => {
		const byCode = new Map(list.map((e) => [e.code, e]));
		return (key: string | null) => {
			const entry = key === null ? undefined : byCode.get(key);
			return entry ? vocabularyLabel(i18n, entry) : (key ?? i18n.t(unknown));
		};
	};
	return {
		region: (key) => {
			const region = key === null ? undefined : regionByCode.get(key);
			return region ? regionName(i18n, region) : (key ?? '—');
		},
		article: (key) => {
			const article = key === null ? undefined : articleByCode.get(key);
			if (!article) return key ?? i18n.t('explorer.unknownArticle');
			return `${articleShortName(i18n, article)} · ${shorten(articleTitle(i18n, article), 56)}`;
		},
		charge: (key) => (key === null ? i18n.t('explorer.unknownCharge') : i18n.t(`charge.${key}` as MessageKey)),
		event: fromList(eventTypes, 'explorer.unknownEvent'),
		topic: fromList(topics, 'explorer.unknownTopic')
	};
}
