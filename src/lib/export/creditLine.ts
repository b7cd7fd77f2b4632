// The credit in words for what leaves the page (a downloaded image or CSV, a printed list): who made the data, under
// which licence, and its date, in the page's language.
import { formatDate } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import { licenseText, sourceTitle, type Credit } from '../schema/credit';

export function creditLine(i18n: I18n, credit: Credit, dataDate: string): string {
	return [
		i18n.t('chart.source', { source: credit.sources.map((s) => sourceTitle(s, i18n.locale)).join('; ') || i18n.t('chart.noSource') }),
		...(credit.licenses.length > 0 ? [i18n.t('chart.license', { license: licenseText(credit, i18n.locale) })] : []),
		i18n.t('chart.asOf', { date: formatDate(i18n.locale, dataDate) })
	].join(' ');
}
