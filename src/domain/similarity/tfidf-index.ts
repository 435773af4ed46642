import { extractFeatures, type TextFeatures } from './features.js';
import { isLang, type Lang } from './lang.js';
import type {
  SimilarityDocument,
  SimilarityQuery,
  SimilarityStatus,
  SimilarStatement,
  StatementSimilarity,
  StatementText,
} from './port.js';
import { claimFactor, SAME_MEANING_THRESHOLD } from './scoring.js';
import { createTextDocument, softNorm, type TextDocument } from './text-document.js';
import { topStatements, type Ranked } from './top-statements.js';
import { Vocabulary } from './vocabulary.js';
import { wordShape, wordSimilarity, type WordShape } from './word-similarity.js';

interface StatementEntry extends Ranked {
  readonly id: string;
  status: SimilarityStatus;
  readonly texts: Map<Lang, TextDoc>;
  /** Scratch space of the query in progress: the best text so far, without a map per query. */
  stamp: number;
  score: number;
  bestDoc: TextDoc | null;
}

type TextDoc = TextDocument<StatementEntry>;

const DEFAULT_LIMIT = 5;
const PUBLISHED_ONLY: readonly SimilarityStatus[] = ['published'];

/**
 * Similarity over the statements of one conversation, in memory. Every text of every statement
 * (original and translations) is a document: a TF-IDF vector of stems. Two texts are compared by
 * soft cosine: the cosine of their vectors where different stems count as partly the same term
 * when their character n-grams overlap (inflections, Finnish gradation, compound parts). The
 * cosine is then lowered when the claims are opposite or name different numbers. A statement
 * scores as its best text. Adding, editing and removing texts updates the index in place: idf is
 * computed at query time from exact document frequencies, so no rebuild is ever needed.
 */
export class TfIdfSimilarityIndex implements StatementSimilarity {
  readonly sameMeaningThreshold: number;
  private readonly vocabulary = new Vocabulary();
  private readonly statements = new Map<string, StatementEntry>();
  private docs: Array<TextDoc | undefined> = [];
  private readonly freeSlots: number[] = [];
  private documentCount = 0;
  private acc = new Float64Array(0);
  private idfCache = new Float64Array(0);
  private idfStamp = new Int32Array(0);
  private stamp = 0;

  constructor(options: { sameMeaningThreshold?: number } = {}) {
    this.sameMeaningThreshold = options.sameMeaningThreshold ?? SAME_MEANING_THRESHOLD;
  }

  /** Number of statements indexed. */
  get size(): number {
    return this.statements.size;
  }

  /** Number of texts (originals and translations) indexed. */
  get textCount(): number {
    return this.documentCount;
  }

  upsertText(doc: SimilarityDocument): void {
    assertLang(doc.lang);
    const entry = this.entry(doc.statementId, doc.status);
    const existing = entry.texts.get(doc.lang);
    if (existing?.text === doc.text) return;
    if (existing) this.removeDoc(existing);
    entry.texts.set(doc.lang, this.addDoc(entry, doc.lang, doc.text));
  }

  upsertStatement(statementId: string, status: SimilarityStatus, texts: readonly StatementText[]): void {
    const langs = new Set<Lang>();
    for (const t of texts) {
      assertLang(t.lang);
      if (langs.has(t.lang)) throw new Error(`statement ${statementId} has two texts in ${t.lang}`);
      langs.add(t.lang);
    }
    const existing = this.statements.get(statementId);
    if (existing) {
      for (const [lang, doc] of existing.texts) {
        if (langs.has(lang)) continue;
        this.removeDoc(doc);
        existing.texts.delete(lang);
      }
    }
    if (texts.length === 0) {
      this.statements.delete(statementId);
      return;
    }
    for (const t of texts) this.upsertText({ statementId, status, lang: t.lang, text: t.text });
  }

  setStatus(statementId: string, status: SimilarityStatus): void {
    const entry = this.statements.get(statementId);
    if (entry) entry.status = status;
  }

  removeText(statementId: string, lang: Lang): void {
    const entry = this.statements.get(statementId);
    const doc = entry?.texts.get(lang);
    if (!entry || !doc) return;
    this.removeDoc(doc);
    entry.texts.delete(lang);
    if (entry.texts.size === 0) this.statements.delete(statementId);
  }

  removeStatement(statementId: string): void {
    const entry = this.statements.get(statementId);
    if (!entry) return;
    for (const doc of entry.texts.values()) this.removeDoc(doc);
    this.statements.delete(statementId);
  }

  query(query: SimilarityQuery): SimilarStatement[] {
    assertLang(query.lang);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const statuses = query.statuses ?? PUBLISHED_ONLY;
    const minScore = query.minScore ?? 0;
    if (limit <= 0 || this.documentCount === 0) return [];
    const features = extractFeatures(query.text, query.lang);
    if (features.terms.length === 0) return [];

    const stamp = ++this.stamp;
    const base = Math.log(this.documentCount + 1) + 1;
    const { touched, queryNorm } = this.accumulate(features, query.lang, base, stamp);

    const candidates: StatementEntry[] = [];
    for (const slot of touched) {
      const dot = this.acc[slot]!;
      this.acc[slot] = 0;
      const doc = this.docs[slot]!;
      const entry = doc.owner;
      if (!statuses.includes(entry.status) || entry.id === query.excludeStatementId) continue;
      const docNorm = softNorm(doc, (type) => this.idf(type, base, stamp));
      if (dot <= 0 || docNorm <= 0) continue;
      const score = Math.min(1, dot / (queryNorm * docNorm)) * claimFactor(features, doc.claim);
      if (score <= 0 || score < minScore) continue;
      if (entry.stamp !== stamp) {
        entry.stamp = stamp;
        entry.score = score;
        entry.bestDoc = doc;
        candidates.push(entry);
      } else if (score > entry.score) {
        entry.score = score;
        entry.bestDoc = doc;
      }
    }
    return topStatements(candidates, limit).map((e) => ({
      statementId: e.id,
      text: e.bestDoc!.text,
      lang: e.bestDoc!.lang,
      score: e.score,
    }));
  }

  /** Adds every text's share of the soft-cosine numerator into `acc`; returns the texts touched. */
  private accumulate(features: TextFeatures, lang: Lang, base: number, stamp: number) {
    const shapes: WordShape[] = [];
    const weights: number[] = [];
    const touched: number[] = [];
    const acc = this.acc;
    for (const term of features.terms) {
      const key = Vocabulary.key(term.stem, lang);
      const id = this.vocabulary.typeId(key);
      const shape = id === undefined ? wordShape(term.stem, lang) : this.vocabulary.shape(id);
      const weight = term.weight * (id === undefined ? base : this.idf(id, base, stamp));
      shapes.push(shape);
      weights.push(weight);
      const similar = this.vocabulary.similarTypes(shape, key);
      for (let k = 0; k < similar.ids.length; k++) {
        const type = similar.ids[k]!;
        const coefficient = weight * similar.similarities[k]! * this.idf(type, base, stamp);
        const { slots, weights: docWeights } = this.vocabulary.postings(type);
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i]!;
          if (acc[slot] === 0) touched.push(slot);
          acc[slot] += coefficient * docWeights[i]!;
        }
      }
    }
    let squared = 0;
    for (let i = 0; i < shapes.length; i++) {
      squared += weights[i]! * weights[i]!;
      for (let j = i + 1; j < shapes.length; j++) {
        const s = wordSimilarity(shapes[i]!, shapes[j]!);
        if (s > 0) squared += 2 * weights[i]! * weights[j]! * s;
      }
    }
    return { touched, queryNorm: Math.sqrt(squared) };
  }

  /** Smoothed idf ln((N+1)/(df+1)) + 1 = base − ln(df+1), cached for the query in progress. */
  private idf(type: number, base: number, stamp: number): number {
    if (this.idfStamp[type] === stamp) return this.idfCache[type]!;
    const value = base - Math.log(this.vocabulary.df(type) + 1);
    this.idfStamp[type] = stamp;
    this.idfCache[type] = value;
    return value;
  }

  private entry(statementId: string, status: SimilarityStatus): StatementEntry {
    let entry = this.statements.get(statementId);
    if (!entry) {
      entry = { id: statementId, status, texts: new Map(), stamp: 0, score: 0, bestDoc: null };
      this.statements.set(statementId, entry);
    }
    entry.status = status;
    return entry;
  }

  private addDoc(statement: StatementEntry, lang: Lang, text: string): TextDoc {
    const slot = this.freeSlots.pop() ?? this.docs.length;
    const doc = createTextDocument(this.vocabulary, slot, statement, lang, text);
    this.docs[slot] = doc;
    for (let i = 0; i < doc.typeIds.length; i++) this.vocabulary.addPosting(doc.typeIds[i]!, slot, doc.weights[i]!);
    this.documentCount++;
    this.ensureCapacity();
    return doc;
  }

  private removeDoc(doc: TextDoc): void {
    for (const id of doc.typeIds) this.vocabulary.removePosting(id, doc.slot);
    this.docs[doc.slot] = undefined;
    this.freeSlots.push(doc.slot);
    this.documentCount--;
  }

  /** Per-slot and per-stem scratch arrays grow with the index. */
  private ensureCapacity(): void {
    if (this.acc.length < this.docs.length) {
      const acc = new Float64Array(Math.max(64, this.docs.length * 2));
      acc.set(this.acc);
      this.acc = acc;
    }
    const types = this.vocabulary.size;
    if (this.idfCache.length < types) {
      const size = Math.max(256, types * 2);
      this.idfCache = new Float64Array(size);
      this.idfStamp = new Int32Array(size);
    }
  }
}

function assertLang(lang: string): asserts lang is Lang {
  if (!isLang(lang)) throw new Error(`unsupported language: ${lang}`);
}
