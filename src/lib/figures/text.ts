// A published figure in words, in the page's language: its value with its qualifier, and what it counts.
import type { Figure } from '../db/queries';
import { formatNumber } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** "at least 267", «не менее 267». */
export function qualifiedValue(i18n: I18n, figure: Pick<Figure, 'value' | 'qualifier'>): string {
	return i18n.t(`qualifier.${figure.qualifier}` as MessageKey, { value: formatNumber(i18n.locale, figure.value) });
}

/** What a figure counts, in the page's language (metrics.csv). */
export function metricLabel(i18n: I18n, figure: Pick<Figure, 'labelRu' | 'labelEn'>): string {
	return i18n.locale === 'ru' ? figure.labelRu : figure.labelEn;
}
