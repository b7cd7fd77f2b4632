// Names of the codes the detentions charts count, in the page's language, from each dimension's values (the
// registry says where they come from); a row without a value is named as the registry says.
import { byDimension, DETENTION_DIMENSIONS, type DimensionKey, type DimensionValue } from '../datasets/detentions';
import type { TileInput } from '../charts/scales/tileMap';
import type { DetentionFilter } from '../db/detentionFilter';
import type { KeyCount, Region } from '../db/queries';
import { formatDate } from '../i18n/format';
import type { I18n } from '../i18n/i18n';
import { localized } from '../i18n/labels';

export type KeyLabeller = (key: string | null) => string;

/** One labeller per dimension; a code missing from its values is shown as it is rather than hidden. */
export function dimensionLabels(i18n: I18n, values: Record<DimensionKey, DimensionValue[]>): Record<DimensionKey, KeyLabeller> {
	return byDimension((d): KeyLabeller => {
		const byCode = new Map(values[d.key].map((v) => [v.code, v]));
		return (key) => {
			if (key === null) return i18n.t(d.unknown);
			const value = byCode.get(key);
			return value ? localized(i18n, value) : key;
		};
	});
}

/**
 * What a view is filtered to, in words, for chart subtitles, embeds and downloads: «Тип обвинения: Протест ·
 * Регион: Москва»; the date range when the filter sets one. '' for the whole data.
 */
export function filterSummary(i18n: I18n, filter: DetentionFilter, labels: Record<DimensionKey, KeyLabeller>): string {
	const parts = DETENTION_DIMENSIONS.filter((d) => filter[d.key].length > 0).map((d) => `${i18n.t(d.label)}: ${filter[d.key].map((code) => labels[d.key](code)).join(', ')}`);
	if (filter.from || filter.to) parts.push(dateRange(i18n, filter.from, filter.to));
	return parts.join(' · ');
}

/** «с 1 марта 2022 года по 30 июня 2023 года», "1 March 2022 to 30 June 2023"; an open end is said as such. */
export function dateRange(i18n: I18n, from: string | null, to: string | null): string {
	const date = (iso: string, form: 'genitive' | 'accusative') => formatDate(i18n.locale, iso, 'day', form);
	if (from && to) return i18n.t('range.between', { from: date(from, 'genitive'), to: date(to, 'accusative') });
	if (from) return i18n.t('range.from', { from: date(from, 'genitive') });
	return i18n.t('range.to', { to: date(to ?? '', 'accusative') });
}

/** «1 234 задержания»; a count nobody knows is said to be unknown, never written as 0. */
export function detainedText(i18n: I18n, detained: number | null): string {
	return detained === null ? i18n.t('detentions.noneKnown') : i18n.tn('detentions.unit', detained);
}

/**
 * The tile map's input: every region at its place, with its count. A region no event names has none (0); one whose
 * events all have unknown counts keeps null, which the map draws as unknown, not as a zero.
 */
export function regionTiles(regions: Region[], counts: KeyCount[], name: KeyLabeller): TileInput[] {
	const byCode = new Map(counts.map((k) => [k.key, k.detained]));
	return regions.map((r) => ({ code: r.code, col: r.col, row: r.row, name: name(r.code), outlined: r.status === 'occupied', value: byCode.has(r.code) ? byCode.get(r.code)! : 0 }));
}
