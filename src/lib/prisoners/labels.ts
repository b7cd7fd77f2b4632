// What a view of the prisoners list is narrowed to, in words, for chart subtitles, embeds and downloads.
import { PRISONER_DIMENSIONS, type PrisonerDimensionOf, type PrisonerKey } from '../datasets/prisoners';
import type { DimensionValue } from '../datasets/types';
import { dateRange } from '../detentions/labels';
import type { I18n } from '../i18n/i18n';
import { localized } from '../i18n/labels';
import type { PrisonerView } from './prisonerFilters';

/** «Поиск: «иван» · Статус: В заключении · Срок: от 2 до 10 лет»; '' for everyone. */
export function prisonerFilterSummary(i18n: I18n, view: PrisonerView, values: Record<PrisonerKey, DimensionValue[]>): string {
	const parts: string[] = [];
	if (view.q) parts.push(i18n.t('prisoners.searchFor', { q: view.q }));
	for (const d of PRISONER_DIMENSIONS as readonly PrisonerDimensionOf[]) {
		const chosen = view[d.key];
		if (chosen.length === 0) continue;
		const label = (code: string) => {
			const value = values[d.key].find((v) => v.code === code);
			return value ? localized(i18n, value) : code;
		};
		parts.push(`${i18n.t(d.label)}: ${chosen.map(label).join(', ')}`);
	}
	if (view.smin !== null || view.smax !== null) {
		const years = (n: number) => i18n.tn('prisoners.yearsAfterPreposition', n);
		const range =
			view.smin !== null && view.smax !== null
				? i18n.t('prisoners.sentenceBetween', { min: view.smin, max: years(view.smax) })
				: view.smin !== null
					? i18n.t('prisoners.sentenceAtLeast', { years: years(view.smin) })
					: i18n.t('prisoners.sentenceAtMost', { years: years(view.smax!) });
		parts.push(`${i18n.t('prisoners.sentenceLabel')}: ${range}`);
	}
	if (view.from || view.to) parts.push(`${i18n.t('prisoners.arrested')}: ${dateRange(i18n, view.from, view.to)}`);
	return parts.join(' · ');
}
