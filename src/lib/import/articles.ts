// Reads article citations as lists write them («ч. 2 ст. 207.3 УК РФ», «ст.ст. 205.2 ч.2, 280.4 ч.3 УК»,
// «207.3 ч.1», «Art. 280.3(2) CC») into our article codes (uk-207.3, koap-20.3.3).

export interface Citation {
	/** Charged articles in order of appearance, without repeats. */
	codes: string[];
	/**
	 * General Part articles (attempt, complicity: «ч. 3 ст. 30») cited with a charge. They qualify it rather than
	 * being one, and articles.csv does not list them, so they are kept apart instead of failing the row.
	 */
	generalPart: string[];
}

type Law = 'uk' | 'koap';
type Token =
	| { kind: 'number'; text: string }
	| { kind: 'article' | 'part' | 'point' | 'open' | 'close' | 'joiner' | 'stop' }
	| { kind: 'law'; law: Law };

const ARTICLE_WORDS = /^(ст|стст|статья|статьи|статье|статью|статей|статьям|статьями|art|arts|article|articles)$/;
const PART_WORDS = /^(ч|чч|часть|части|частью|частей|частям|part|parts|pt)$/;
const POINT_WORDS = /^(п|пп|пункт|пункта|пункту|пункты|пунктов|пунктам|пунктами|подпункт|подпункта|para|paras|paragraph|paragraphs|item|items|clause|clauses|subparagraph)$/;
const JOINER_WORDS = /^(и|and)$/;

function lawOf(word: string): Law | null {
	if (/^(ук|cc|criminal)$|^уголовн/.test(word)) return 'uk';
	if (/^(коап|cao|coao|koap|administrative)$|^административн/.test(word)) return 'koap';
	return null;
}

function tokens(text: string): Token[] {
	const out: Token[] = [];
	for (const [piece] of text.toLowerCase().matchAll(/\d+(?:\.\d+)*|\p{L}+|[,;()/+]/gu)) {
		if (/^\d/.test(piece)) out.push({ kind: 'number', text: piece });
		else if (piece === ',' || piece === '/' || piece === '+' || JOINER_WORDS.test(piece)) out.push({ kind: 'joiner' });
		else if (piece === ';') out.push({ kind: 'stop' });
		else if (piece === '(') out.push({ kind: 'open' });
		else if (piece === ')') out.push({ kind: 'close' });
		else if (ARTICLE_WORDS.test(piece)) out.push({ kind: 'article' });
		else if (PART_WORDS.test(piece)) out.push({ kind: 'part' });
		else if (POINT_WORDS.test(piece)) out.push({ kind: 'point' });
		else {
			const law = lawOf(piece);
			if (law) out.push({ kind: 'law', law });
			// Other words («РФ», "of", point letters «а», «б») say nothing about which article it is.
		}
	}
	return out;
}

/**
 * Which numbers are articles, and where a law is named. A part or point keyword written before the article
 * («ч. 1, 2 ст. 207.3») owns the numbers after it, joined by commas or «и», until an article keyword; written after
 * an article number («205.2 ч.2, 280.4 ч.3») it owns only the number right after it, so the next one is an article
 * again. A number opening brackets is never an article: «207.3(2)» is article 207.3, part 2, and «(2 эпизода)» a remark.
 */
function articleNumbers(list: Token[]): ({ number: string } | { law: Law })[] {
	const out: ({ number: string } | { law: Law })[] = [];
	let owner: 'none' | 'prefix' | 'postfix' = 'none';
	let previous: Token | undefined;
	for (const token of list) {
		if (token.kind === 'number') {
			const owned =
				previous?.kind === 'part' ||
				previous?.kind === 'point' ||
				previous?.kind === 'open' ||
				(owner === 'prefix' && previous?.kind === 'joiner');
			if (!owned) out.push({ number: token.text });
			if (owner === 'postfix' || !owned) owner = 'none';
		} else if (token.kind === 'part' || token.kind === 'point') {
			const afterNumber = previous?.kind === 'number' || previous?.kind === 'close';
			owner = owner !== 'prefix' && afterNumber ? 'postfix' : 'prefix';
		} else if (token.kind === 'article' || token.kind === 'stop') {
			owner = 'none';
		} else if (token.kind === 'law') {
			out.push({ law: token.law });
			owner = 'none';
		}
		previous = token;
	}
	return out;
}

/**
 * Criminal Code articles 1–104 and Administrative Code chapters 1–4 are the General Part: never a charge alone. A
 * dotted number with no law named («20.3.3») stays a code, so that an unknown article is named rather than hidden.
 */
function isGeneralPart(law: Law, number: string): boolean {
	const head = Number(number.split('.')[0]);
	return law === 'uk' ? head <= 104 && !number.includes('.') : head <= 4;
}

/**
 * A law named once covers the numbers cited before it since the last law named («ст. 207.3, 280.3 УК РФ»); numbers
 * after the last law named take that law («КоАП: ст. 20.2, 20.3.3»), and with no law named at all, the Criminal Code.
 */
export function readCitation(text: string): Citation {
	const codes: string[] = [];
	const generalPart: string[] = [];
	let pending: string[] = [];
	let lastLaw: Law | null = null;
	const settle = (law: Law) => {
		for (const number of pending) {
			const code = `${law}-${number}`;
			const into = isGeneralPart(law, number) ? generalPart : codes;
			if (!into.includes(code)) into.push(code);
		}
		pending = [];
	};
	for (const item of articleNumbers(tokens(text))) {
		if ('number' in item) pending.push(item.number);
		else if ('law' in item) {
			lastLaw = item.law;
			settle(item.law);
		}
	}
	settle(lastLaw ?? 'uk');
	return { codes, generalPart };
}

/** Article codes in order of appearance, without repeats. A number with no code named is taken as Criminal Code. */
export function articleCodes(text: string): string[] {
	return readCitation(text).codes;
}
