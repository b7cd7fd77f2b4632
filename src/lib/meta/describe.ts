// Descriptions of pages whose words come from their data, for PageMeta (and so for search results and previews).
import type { Article, Prisoner } from '../db/queries';
import type { I18n } from '../i18n/i18n';
import { articleShortName } from '../i18n/labels';
import type { MessageKey } from '../i18n/messages';
import { aboutPerson } from '../prisoners/entries';

/** «Олег Щергалушов: в СИЗО. Обвинения: УК 205.2. Дело, хронология…» */
export function profileDescription(i18n: I18n, person: Prisoner, articles: Article[]): string {
	const byCode = new Map(articles.map((a) => [a.code, a]));
	const list = person.articles.map((code) => (byCode.has(code) ? articleShortName(i18n, byCode.get(code)!) : code));
	return i18n.t('meta.profile', {
		name: i18n.locale === 'ru' ? person.nameRu : person.nameEn,
		status: aboutPerson(i18n, `status.${person.status}` as MessageKey, person.gender).toLocaleLowerCase(i18n.locale),
		charges: list.length > 0 ? i18n.t('meta.charges', { list: list.join(', ') }) : ''
	});
}

/** A single-value detentions view: «Задержания в России, где тип обвинения — «Протест»: по месяцам…». */
export function viewDescription(i18n: I18n, dimensionName: string, valueName: string): string {
	return i18n.t('meta.detentionsView', { dimension: dimensionName.toLocaleLowerCase(i18n.locale), value: valueName });
}
