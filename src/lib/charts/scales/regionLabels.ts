// Region names short enough for a map tile: the kind of region dropped first («Тульская область» → «Тульская»),
// then customary short forms and cut words («Татар.», "N. Novgorod"), never two tiles alike. Pure; widths come from
// the one text estimate (text/width.ts).
import { textWidth } from '../../text/width';

// Words that say what kind of region it is, not which: they are the first to go. Longer phrases come first so that
// "Autonomous Oblast" goes as a whole. Each keeps a short form for the few names that need it to stay apart
// ("Altai Rep." and "Altai Kr.").
const KIND_WORDS: [RegExp, string][] = (
	[
		['autonomous okrug', 'AO'],
		['autonomous oblast', 'AO'],
		['oblast', 'Obl.'],
		['krai', 'Kr.'],
		['republic', 'Rep.'],
		['автономный округ', 'АО'],
		['автономная область', 'АО'],
		['область', 'обл.'],
		['край', 'кр.'],
		['республика', 'Респ.']
	] as const
).map(([words, short]) => [new RegExp(`(^|\\s)${words}(?=\\s|$)`, 'iu'), short]);

/** Leading words with a customary short form; any other leading word is cut to its initial. */
const LEADING_WORDS: Record<string, string> = { Saint: 'St' };
/** Customary abbreviations, the last resort before no label at all. */
const CUSTOMARY: Record<string, string> = { 'Санкт-Петербург': 'СПб' };

const VOWELS = new Set('aeiouyAEIOUYаеёиоуыэюяАЕЁИОУЫЭЮЯ');
// A soft or hard sign ends no abbreviation: «Тул.», not «Туль.».
const SIGNS = new Set('ьъЬЪ');
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
/** A letter sounding as a consonant: "y" before a vowel is one ("Bryansk"), elsewhere not ("Chechnya"). */
const isConsonant = (text: string, i: number) => {
	const c = text[i];
	if (!isLetter(c) || SIGNS.has(c!)) return false;
	if (c === 'y' || c === 'Y') return VOWELS.has(text[i + 1] ?? '');
	return !VOWELS.has(c!);
};
/** A word may be cut after a consonant and before another letter: «Татар.», «Тул.», "Sverdl.". */
const isCut = (text: string, at: number) => isConsonant(text, at - 1) && isLetter(text[at]);
/** A cut inside "ch", "kh", "sh" or "zh" reads worse ("Chec." for "Chech."): tried only when no other cut fits. */
const splitsDigraph = (text: string, at: number) => text[at] === 'h' && 'cksz'.includes((text[at - 1] ?? '').toLowerCase());
const letterCount = (text: string) => [...text].filter((c) => isLetter(c)).length;
/** Fewer letters than this say nothing a reader can recognise: the tile then shows no text. */
const MIN_LETTERS = 3;
/** Room for three average letters and a full stop, in em: on tiles narrower than this no tile is named, as the odd
 * short name that fits ("Irk.") would look like a code among blank tiles (tileMap.ts folds the grid before that). */
export const MIN_LABEL_ROOM = 2.3;
/**
 * Names whose stem alone would not say it is a place: "Jewish" is not a region's name, "Jewish AO" is; each with the
 * forms it may take, longest first.
 */
const FIXED_FORMS: Record<string, string[]> = { 'Jewish Autonomous Oblast': ['Jewish AO', 'JAO'], 'Еврейская автономная область': ['Еврейская АО', 'Еврейская', 'ЕАО'] };

/** The name without the kind of region, a second name after a dash, or a note in brackets: "Kemerovo Oblast – Kuzbass" → "Kemerovo". */
export function regionStem(name: string): string {
	let stem = name.replace(/\s*\([^)]*\)/gu, '').replace(/\s*[—–].*$/u, '');
	for (const [pattern] of KIND_WORDS) stem = stem.replace(pattern, '$1');
	stem = stem.replace(/\s+/gu, ' ').trim();
	return stem || name;
}

function kindShort(name: string): string | undefined {
	return KIND_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

/** "Nizhny Novgorod" → "N. Novgorod", "Saint Petersburg" → "St Petersburg", «Санкт-Петербург» → «С.-Петербург». */
function compacted(stem: string): string {
	if (stem.startsWith('Санкт-')) return `С.-${stem.slice('Санкт-'.length)}`;
	const words = stem.split(' ');
	// A short last word ("Mari El") would be left alone, unrecognisable.
	if (words.length < 2 || letterCount(words.at(-1)!) < 4) return stem;
	return [...words.slice(0, -1).map((w) => LEADING_WORDS[w] ?? `${w[0]}.`), words.at(-1)!].join(' ');
}

/** Every cut of the last word of `text` that keeps enough letters, longest first: "Tatarstan" → "Tatarst.", "Tatar.", "Tat.". */
function truncations(text: string): string[] {
	const firstCut = text.lastIndexOf(' ') + 1;
	const cuts: string[] = [];
	const digraphCuts: string[] = [];
	for (let at = text.length - 1; at > firstCut; at--) {
		const kept = text.slice(0, at);
		if (!isCut(text, at) || letterCount(kept) < MIN_LETTERS || kept.length + 1 >= text.length) continue;
		(splitsDigraph(text, at) ? digraphCuts : cuts).push(`${kept}.`);
	}
	return [...cuts, ...digraphCuts];
}

/**
 * Cuts of the first word of a name of several, tried last: with the words after it when they are short
 * («Марий Эл» → «Мар. Эл»), alone otherwise ("Nizhny Novgorod" → "Nizh.").
 */
function leadingTruncations(stem: string): string[] {
	const space = stem.indexOf(' ');
	if (space === -1) return [];
	const rest = letterCount(stem.slice(stem.lastIndexOf(' ') + 1)) < 4 ? stem.slice(space) : '';
	return truncations(stem.slice(0, space)).map((first) => first + rest);
}

/** The forms a name may take on a tile, from its stem to the shortest form that still says which region it is. */
export function nameForms(name: string): string[] {
	if (FIXED_FORMS[name]) return FIXED_FORMS[name];
	const stem = regionStem(name);
	const compact = compacted(stem);
	// The whole name comes only where it is no longer than its stem: "Tula Oblast" beside "Ryazan" would read unevenly.
	const forms = [stem, compact, ...truncations(compact), ...leadingTruncations(stem), ...(CUSTOMARY[stem] ? [CUSTOMARY[stem]] : [])];
	return [...new Set(forms)];
}

/** The same, keeping the kind of region in a short form, for names that would otherwise read alike. */
function qualifiedForms(name: string): string[] {
	const short = kindShort(name);
	if (!short) return [];
	const stem = compacted(regionStem(name));
	return [name, ...[stem, ...truncations(stem)].map((s) => `${s} ${short}`)];
}

function firstFitting(forms: string[], width: number, fontSize: number): string {
	return forms.find((f) => textWidth(f, fontSize) <= width) ?? '';
}

/**
 * A label per name: the longest form that fits `width` px at `fontSize`. Two regions are never given the same
 * label: the one whose name has a kind word keeps it in short ("Moscow" and "Mosc. Obl."), and a label still shared
 * is left out (its tile keeps its tooltip).
 */
export function tileLabels(names: string[], width: number, fontSize: number): string[] {
	if (width < MIN_LABEL_ROOM * fontSize) return names.map(() => '');
	const labels = names.map((name) => firstFitting(nameForms(name), width, fontSize));
	for (const pass of ['qualify', 'drop'] as const) {
		const seen = new Map<string, number[]>();
		labels.forEach((label, i) => label && seen.set(label, [...(seen.get(label) ?? []), i]));
		for (const indices of seen.values()) {
			if (indices.length < 2) continue;
			for (const i of indices) {
				if (pass === 'drop') labels[i] = '';
				else if (kindShort(names[i]!)) labels[i] = firstFitting(qualifiedForms(names[i]!), width, fontSize);
			}
		}
	}
	return labels;
}
