// A person's sentence in words, in the page's language: its kind, its term and its fine («условный срок, 2 года»,
// "fine of 800,000 roubles", "life imprisonment"); null when there is no sentence.
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { Prisoner } from '../db/queries';

export function sentenceText(i18n: I18n, p: Pick<Prisoner, 'punishment' | 'sentenceYears'> & { fineRub?: number | null }): string | null {
	const parts: string[] = [];
	const fine = p.fineRub ?? null;
	// A fine alone is named by its amount; the word "fine" is part of that phrase.
	if (p.punishment && !(p.punishment === 'fine' && fine !== null)) parts.push(i18n.t(`punishment.${p.punishment}` as MessageKey));
	if (p.sentenceYears !== null && p.punishment !== 'life_imprisonment') parts.push(i18n.tn('prisoners.years', p.sentenceYears));
	if (fine !== null) parts.push(i18n.tn('punishment.fineAmount', fine));
	return parts.length > 0 ? parts.join(', ') : null;
}
