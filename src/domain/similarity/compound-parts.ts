import type { Lang } from './lang.js';
import { gramForm } from './ngrams.js';
import { stem } from './stem.js';
import { THESAURUS } from './thesaurus.js';

/**
 * Finnish and Swedish write compounds as one word, so "luokkakoko" (class size) and "koululuokka"
 * (school class) share no stem, nor "daghemsplats" and "dagvårdsplats". A compound that starts with
 * a word of the thesaurus is split there: the first part, and the word its remainder starts with,
 * become features of their own beside the whole word, at a lower weight. The first part is matched
 * as written (compounds take it in its base form: luokka-, daghem-s-), the rest by stem, because
 * the head inflects.
 */
const MIN_PART = 4;
/** Letters a head may carry after its stem (case endings, plural). */
const MAX_HEAD_ENDING = 4;
/** Letters the word's stem must run past its first part (skol-orna is an inflection, skol-mat is not). */
const MIN_STEM_BEYOND = 2;
const CACHE_LIMIT = 20_000;

/**
 * Words that start with a known word without being its compounds: "ulkopuolella" (outside) is not
 * about the outdoors, "parkering" not about a park, "kotimainen" (domestic) not about home.
 */
const NOT_COMPOUNDS: Record<Exclude<Lang, 'en'>, readonly string[]> = {
  fi: ['ulkopuol', 'ulkomai', 'ulkomaa', 'ulkoasu', 'kotimai', 'koulutu', 'koulutt'],
  sv: ['parkering', 'klassisk', 'klassiker'],
};

interface Dictionary {
  /** Words by their n-gram form as written, longest first. */
  readonly modifiers: ReadonlyArray<readonly [string, string]>;
  /** Stems by the n-gram form of the stem, longest first. */
  readonly heads: ReadonlyArray<readonly [string, string]>;
  readonly cache: Map<string, readonly string[]>;
}

const DICTIONARIES = new Map<Lang, Dictionary>();

function dictionary(lang: Lang): Dictionary {
  let dict = DICTIONARIES.get(lang);
  if (dict) return dict;
  const column = lang === 'fi' ? 0 : 1;
  const modifiers = new Map<string, string>();
  const heads = new Map<string, string>();
  for (const row of THESAURUS.split('\n')) {
    if (!row.includes(':')) continue;
    const words = (row.slice(row.indexOf(':') + 1).split('|')[column] ?? '').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
    for (const word of words) {
      const s = stem(word, lang);
      if (word.length >= MIN_PART) modifiers.set(gramForm(word, lang), s);
      // Swedish drops a final vowel before the next part: skol-mat, kyrk-gård.
      if (lang === 'sv' && word.length > MIN_PART && /[ae]$/.test(word)) modifiers.set(gramForm(word.slice(0, -1), lang), s);
      if (s.length >= MIN_PART) heads.set(gramForm(s, lang), s);
    }
  }
  const longestFirst = (m: Map<string, string>) => [...m].sort((a, b) => b[0].length - a[0].length);
  dict = { modifiers: longestFirst(modifiers), heads: longestFirst(heads), cache: new Map() };
  DICTIONARIES.set(lang, dict);
  return dict;
}

/** Stems of the known parts of a Finnish or Swedish compound word; none for other words. */
export function compoundParts(word: string, lang: Lang): readonly string[] {
  if (lang === 'en' || word.length < 2 * MIN_PART || NOT_COMPOUNDS[lang].some((start) => word.startsWith(start))) return [];
  const dict = dictionary(lang);
  const cached = dict.cache.get(word);
  if (cached) return cached;
  const form = gramForm(word, lang);
  // What follows the first part must be a word, not an ending: the stem has to reach beyond it.
  const stemLength = gramForm(stem(word, lang), lang).length;
  const parts: string[] = [];
  const modifier = dict.modifiers.find(
    ([m]) => form.length - m.length >= MIN_PART - 1 && stemLength - m.length >= MIN_STEM_BEYOND && form.startsWith(m),
  );
  if (modifier) {
    parts.push(modifier[1]);
    let rest = form.slice(modifier[0].length);
    // Parts are joined by a Swedish s (daghem-s-plats) or a Finnish genitive n (kaupungin-valtuusto).
    const link = lang === 'sv' ? 's' : 'n';
    if (rest.startsWith(link) && !dict.heads.some(([h]) => rest.startsWith(h))) rest = rest.slice(1);
    const head = dict.heads.find(([h]) => rest.startsWith(h) && rest.length - h.length <= MAX_HEAD_ENDING);
    if (head && head[1] !== modifier[1]) parts.push(head[1]);
  }
  if (dict.cache.size >= CACHE_LIMIT) dict.cache.clear();
  dict.cache.set(word, parts);
  return parts;
}
