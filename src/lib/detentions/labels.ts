// Names of the codes the detentions charts count, in the page's language, from each dimension's values (the
// registry says where they come from); a row without a value is named as the registry says.
import { byDimension, type DimensionKey, type DimensionValue } from '../datasets/detentions';
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
