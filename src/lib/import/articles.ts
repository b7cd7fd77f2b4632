// Reads article references as lists write them («ч. 2 ст. 207.3 УК РФ», «ст. 20.3.3 КоАП», «Art. 280.3 CC»)
// into our article codes (uk-207.3, koap-20.3.3).

const REFERENCE = /(?:ст\.?|статья|статьи|стат\.|art\.?|article)\s*(\d+(?:\.\d+)*)(?:\s*(?:ч\.?|часть|п\.?|пп\.?)\s*[\d.,\s«»"а-я]*?)?\s*(ук|коап|cc|cao|criminal|administrative)?/giu;

/** Article codes in order of appearance, without repeats. A number with no code named is taken as Criminal Code. */
export function articleCodes(text: string): string[] {
	const codes: string[] = [];
	for (const match of text.matchAll(REFERENCE)) {
		const law = (match[2] ?? 'ук').toLowerCase();
		const prefix = law === 'коап' || law === 'cao' || law === 'administrative' ? 'koap' : 'uk';
		const code = `${prefix}-${match[1]}`;
		if (!codes.includes(code)) codes.push(code);
	}
	return codes;
}
