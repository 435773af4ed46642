import type { Lang } from './lang.js';
import { similarityFromShared, wordShape, type WordShape } from './word-similarity.js';

/** A stem seen in the conversation: its shape, how many texts hold it, and which. */
interface WordType {
  readonly shape: WordShape;
  readonly gramIds: Int32Array;
  df: number;
  readonly slots: number[];
  readonly weights: number[];
}

/** Stems similar to a query stem, as parallel arrays of type ids and similarities. */
export interface SimilarTypes {
  readonly ids: number[];
  readonly similarities: number[];
}

/**
 * The stems of all indexed texts with their postings, plus an inverted index from n-grams to
 * stems so that the stems similar to a query word are found without scanning the vocabulary.
 * Document frequencies are exact at every moment: adding or removing a text updates them.
 */
export class Vocabulary {
  private readonly typeIds = new Map<string, number>();
  private readonly types: WordType[] = [];
  private readonly gramIds = new Map<string, number>();
  private readonly gramTypes: number[][] = [];
  /** Stems by the thesaurus concepts they name. */
  private readonly conceptTypes = new Map<number, number[]>();
  private sharedCounts = new Int32Array(0);

  /** Vocabulary key of a stem: numbers are the same in every language. */
  static key(stem: string, lang: Lang): string {
    return stem.startsWith('#') ? stem : `${lang}:${stem}`;
  }

  /** Number of stems ever seen (ids are never reused). */
  get size(): number {
    return this.types.length;
  }

  typeId(key: string): number | undefined {
    return this.typeIds.get(key);
  }

  shape(id: number): WordShape {
    return this.types[id]!.shape;
  }

  df(id: number): number {
    return this.types[id]!.df;
  }

  intern(stem: string, lang: Lang): number {
    const key = Vocabulary.key(stem, lang);
    let id = this.typeIds.get(key);
    if (id !== undefined) return id;
    id = this.types.length;
    const shape = wordShape(stem, lang);
    const gramIds = new Int32Array(shape.grams.length);
    shape.grams.forEach((gram, i) => {
      let g = this.gramIds.get(gram);
      if (g === undefined) {
        g = this.gramTypes.length;
        this.gramIds.set(gram, g);
        this.gramTypes.push([]);
      }
      this.gramTypes[g]!.push(id!);
      gramIds[i] = g;
    });
    for (const { concept } of shape.concepts) {
      const list = this.conceptTypes.get(concept) ?? [];
      list.push(id);
      this.conceptTypes.set(concept, list);
    }
    this.typeIds.set(key, id);
    this.types.push({ shape, gramIds, df: 0, slots: [], weights: [] });
    if (this.sharedCounts.length < this.types.length) {
      const grown = new Int32Array(Math.max(256, this.types.length * 2));
      grown.set(this.sharedCounts);
      this.sharedCounts = grown;
    }
    return id;
  }

  addPosting(id: number, slot: number, weight: number): void {
    const type = this.types[id]!;
    type.df++;
    type.slots.push(slot);
    type.weights.push(weight);
  }

  removePosting(id: number, slot: number): void {
    const type = this.types[id]!;
    const at = type.slots.indexOf(slot);
    if (at < 0) return;
    const last = type.slots.length - 1;
    type.slots[at] = type.slots[last]!;
    type.weights[at] = type.weights[last]!;
    type.slots.pop();
    type.weights.pop();
    type.df--;
  }

  postings(id: number): { readonly slots: readonly number[]; readonly weights: readonly number[] } {
    return this.types[id]!;
  }

  /** Indexed stems (held by at least one text) similar to `shape`, itself included. */
  similarTypes(shape: WordShape, key: string): SimilarTypes {
    const ids: number[] = [];
    const similarities: number[] = [];
    const exact = this.typeIds.get(key);
    if (exact !== undefined && this.types[exact]!.df > 0) {
      ids.push(exact);
      similarities.push(1);
    }
    const counts = this.sharedCounts;
    const touched: number[] = [];
    for (const gram of shape.grams) {
      const g = this.gramIds.get(gram);
      if (g === undefined) continue;
      for (const t of this.gramTypes[g]!) {
        if (counts[t] === 0) touched.push(t);
        counts[t]!++;
      }
    }
    // Synonyms share no n-gram: mark them as touched with a count that says "none shared".
    for (const { concept } of shape.concepts) {
      for (const t of this.conceptTypes.get(concept) ?? []) {
        if (counts[t] === 0) {
          touched.push(t);
          counts[t] = -1;
        }
      }
    }
    for (const t of touched) {
      const shared = Math.max(0, counts[t]!);
      counts[t] = 0;
      const type = this.types[t]!;
      if (t === exact || type.df === 0) continue;
      const similarity = similarityFromShared(shape, type.shape, shared);
      if (similarity > 0) {
        ids.push(t);
        similarities.push(similarity);
      }
    }
    return { ids, similarities };
  }
}
