// A dimension's values with their labels in both languages, wherever the registry says they come from: the database
// (lookup tables, articles, text as written) or, for an enum of the data package or codes the registry lists, the messages.
import { dimensionValues } from '../db/queries';
import type { Database } from '../db/types';
import { translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { enumValues } from '../schema/package';
import type { DimensionValue, ValueSource } from './types';

export async function valueList(db: Database, source: ValueSource): Promise<DimensionValue[]> {
	if (source.kind === 'enum') return labelledByMessages(enumValues(source.resource, source.field), source.messages);
	if (source.kind === 'fixed') return labelledByMessages(source.codes, source.messages);
	return dimensionValues(db, source);
}

function labelledByMessages(codes: readonly string[], messages: string): DimensionValue[] {
	return codes.map((code) => {
		const key = `${messages}.${code}` as MessageKey;
		return { code, labelRu: translate('ru', key), labelEn: translate('en', key) };
	});
}

/** Each dimension's values, by its key. */
export async function valueLists<K extends string>(db: Database, dimensions: readonly { key: K; values: ValueSource }[]): Promise<Record<K, DimensionValue[]>> {
	const lists = await Promise.all(dimensions.map((d) => valueList(db, d.values)));
	return Object.fromEntries(dimensions.map((d, i) => [d.key, lists[i]])) as Record<K, DimensionValue[]>;
}
