import type { Lang } from './lang.js';
import { charNgrams, gramForm, isInflection } from './ngrams.js';
import { stem } from './stem.js';
import { THESAURUS } from './thesaurus.js';

/** A concept of the thesaurus that a stem names, and how surely (1: one of its words). */
export interface ConceptMatch {
  readonly concept: number;
  readonly strength: number;
}

/** Two words of one concept count as this much the same term. */
export const SYNONYM_SIMILARITY = 0.9;
/**
 * A stem names a concept when it is one of the concept's words in another inflection (n-gram
 * overlap at least this) or, in Finnish and Swedish, a compound whose head is one of them
 * (lähimetsä → metsä, stadsfullmäktige → fullmäktige). A compound that only starts with a
 * concept's word (luokkakoko / luokka) names it less surely: the head says what the thing is.
 */
export const MIN_CONCEPT_MATCH = 0.75;
/** A stem that is one of the concept's words with an ending left on (see `isInflection`). */
const INFLECTED_STRENGTH = 0.9;
/** A compound whose head is the concept's word. */
const HEAD_STRENGTH = 0.8;
/** A compound that starts with the concept's word: it names the concept, less surely than its head. */
const MODIFIER_STRENGTH = 0.7;
const N = 4;
const MIN_HEAD_LENGTH = 4;
const LANG_COLUMNS: readonly Lang[] = ['fi', 'sv', 'en'];

interface Entry {
  readonly form: string;
  readonly grams: readonly string[];
  readonly concept: number;
}

interface LangThesaurus {
  readonly byForm: Map<string, number[]>;
  readonly byGram: Map<string, Entry[]>;
  readonly entries: Entry[];
}

let compiled: Record<Lang, LangThesaurus> | null = null;

function compile(): Record<Lang, LangThesaurus> {
  const out = {} as Record<Lang, LangThesaurus>;
  for (const lang of LANG_COLUMNS) out[lang] = { byForm: new Map(), byGram: new Map(), entries: [] };
  const rows = THESAURUS.split('\n').filter((line) => line.trim() !== '');
  rows.forEach((row, r) => {
    const columns = row.slice(row.indexOf(':') + 1).split('|');
    LANG_COLUMNS.forEach((lang, c) => {
      const words = (columns[c] ?? '').split(/\s+/).filter(Boolean);
      const th = out[lang];
      // Each language's words form a concept of their own: no link across languages.
      const concept = r * LANG_COLUMNS.length + c;
      for (const word of words) {
        const form = gramForm(stem(word, lang), lang);
        const concepts = th.byForm.get(form) ?? [];
        if (concepts.includes(concept)) continue;
        concepts.push(concept);
        th.byForm.set(form, concepts);
        const entry: Entry = { form, grams: [...new Set(charNgrams(form, N))], concept };
        th.entries.push(entry);
        for (const g of entry.grams) {
          const list = th.byGram.get(g) ?? [];
          list.push(entry);
          th.byGram.set(g, list);
        }
      }
    });
  });
  return out;
}

/**
 * The concepts a stem names, given its n-gram form (see `gramForm`). Deterministic: the strongest
 * match per concept, in concept order.
 */
export function conceptsOf(form: string, grams: readonly string[], lang: Lang): ConceptMatch[] {
  compiled ??= compile();
  const th = compiled[lang];
  const best = new Map<number, number>();
  const note = (concept: number, strength: number) => {
    if (strength > (best.get(concept) ?? 0)) best.set(concept, strength);
  };
  for (const concept of th.byForm.get(form) ?? []) note(concept, 1);
  const shared = new Map<Entry, number>();
  for (const g of grams) for (const entry of th.byGram.get(g) ?? []) shared.set(entry, (shared.get(entry) ?? 0) + 1);
  for (const [entry, count] of shared) {
    if (entry.form === form) continue;
    const dice = (2 * count) / (entry.grams.length + grams.length);
    let strength = dice >= MIN_CONCEPT_MATCH ? dice : 0;
    const [short, long] = entry.form.length <= form.length ? [entry.form, form] : [form, entry.form];
    if (isInflection(short, long, lang)) strength = Math.max(strength, INFLECTED_STRENGTH);
    const isHead =
      lang !== 'en' && entry.form.length >= MIN_HEAD_LENGTH && count === entry.grams.length && form.length > entry.form.length && form.endsWith(entry.form);
    if (isHead) strength = Math.max(strength, HEAD_STRENGTH);
    const isModifier =
      lang !== 'en' && entry.form.length >= MIN_HEAD_LENGTH && count === entry.grams.length && form.length >= entry.form.length + MIN_HEAD_LENGTH && form.startsWith(entry.form);
    if (isModifier) strength = Math.max(strength, MODIFIER_STRENGTH);
    if (strength > 0) note(entry.concept, Math.min(strength, 1));
  }
  return [...best].sort((a, b) => a[0] - b[0]).map(([concept, strength]) => ({ concept, strength }));
}

/** How far two stems are the same term through the thesaurus: 0 when they share no concept. */
export function conceptSimilarity(a: readonly ConceptMatch[], b: readonly ConceptMatch[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (x.concept === y.concept) best = Math.max(best, x.strength * y.strength);
    }
  }
  return best * SYNONYM_SIMILARITY;
}
