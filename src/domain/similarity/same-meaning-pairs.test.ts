import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLang, type Lang } from './lang.js';
import { isSameMeaning, SAME_MEANING_THRESHOLD } from './scoring.js';
import { TfIdfSimilarityIndex } from './tfidf-index.js';

interface Side {
  readonly lang: Lang;
  readonly text: string;
  readonly translations?: ReadonlyArray<{ readonly lang: Lang; readonly text: string }>;
}
interface Pair {
  readonly id: string;
  readonly label: 'same' | 'different' | 'unrelated';
  readonly kind: string;
  readonly a: Side;
  readonly b: Side;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/similarity');

function load(file: string): Pair[] {
  const { pairs } = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { pairs: Pair[] };
  for (const p of pairs) {
    const langs = [p.a.lang, p.b.lang, ...(p.a.translations ?? []).map((t) => t.lang)];
    if (!['same', 'different', 'unrelated'].includes(p.label) || !langs.every(isLang)) throw new Error(`bad pair ${p.id}`);
  }
  return pairs;
}

interface Figures {
  readonly precision: number;
  readonly recall: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly recallByKind: Record<string, string>;
}

/**
 * Indexes every text of the set as one conversation (side a with its translations, side b), then
 * asks, for each pair, how side b scores against side a: as a moderator would see b's neighbours.
 */
function evaluate(pairs: readonly Pair[]): Figures {
  const index = new TfIdfSimilarityIndex();
  for (const p of pairs) {
    index.upsertStatement(`${p.id}-a`, 'published', [{ lang: p.a.lang, text: p.a.text }, ...(p.a.translations ?? [])]);
    index.upsertStatement(`${p.id}-b`, 'pending', [{ lang: p.b.lang, text: p.b.text }]);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const kinds = new Map<string, { found: number; total: number }>();
  for (const p of pairs) {
    const results = index.query({ text: p.b.text, lang: p.b.lang, limit: index.size, statuses: ['published', 'pending'], excludeStatementId: `${p.id}-b` });
    const score = results.find((r) => r.statementId === `${p.id}-a`)?.score ?? 0;
    const predicted = isSameMeaning(score, index.sameMeaningThreshold);
    if (p.label === 'same') {
      const kind = kinds.get(p.kind) ?? { found: 0, total: 0 };
      kind.total++;
      if (predicted) kind.found++;
      kinds.set(p.kind, kind);
    }
    if (predicted && p.label === 'same') tp++;
    else if (predicted) fp++;
    else if (p.label === 'same') fn++;
  }
  const recallByKind = Object.fromEntries([...kinds].sort().map(([k, { found, total }]) => [k, `${found}/${total}`]));
  return { precision: tp + fp === 0 ? 0 : tp / (tp + fp), recall: tp / (tp + fn), tp, fp, fn, recallByKind };
}

function report(name: string, pairs: readonly Pair[], f: Figures): void {
  const count = (label: Pair['label']) => pairs.filter((p) => p.label === label).length;
  console.log(
    `${name}: ${pairs.length} pairs (${count('same')} same, ${count('different')} different, ${count('unrelated')} unrelated) ` +
      `at threshold ${SAME_MEANING_THRESHOLD}: precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)} ` +
      `(tp ${f.tp}, fp ${f.fp}, fn ${f.fn}); same-meaning pairs found by kind: ${JSON.stringify(f.recallByKind)}`,
  );
}

describe('same-meaning detection on labelled statement pairs', () => {
  const pairs = load('pairs.json');

  it('has a varied labelled set: 240+ pairs, a third of each label, three languages, translations', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(240);
    for (const label of ['same', 'different', 'unrelated'] as const) {
      const share = pairs.filter((p) => p.label === label).length / pairs.length;
      expect(share).toBeGreaterThan(0.25);
      expect(share).toBeLessThan(0.42);
    }
    for (const lang of ['fi', 'sv', 'en'] as const) expect(pairs.filter((p) => p.a.lang === lang).length).toBeGreaterThan(40);
    const crossLanguage = pairs.filter((p) => p.a.lang !== p.b.lang);
    expect(crossLanguage.length).toBeGreaterThanOrEqual(20);
    for (const p of crossLanguage) expect(p.a.translations?.some((t) => t.lang === p.b.lang)).toBe(true);
  });

  // The product's target is precision 0.95 with recall 0.85 (issue 5), and it is met on this set,
  // which the method was tuned on: stems, n-grams, compound parts, the thesaurus, polarity (with
  // later / earlier, concessions) and whom a measure is for (everyone / a group) reach a recall of
  // about 0.85 at precision 0.96. The held-out sets below say how it does on statements it has not
  // seen, which is less well. What is missed are mostly rewordings that need knowledge of the world
  // ("too many pupils in each class" = "class sizes"), and what passes wrongly are same-topic pairs
  // that ask for another action on the same thing ("stream the meetings" / "hold them in the
  // evenings"). Recall is held at the level reached, so that a change that loses it fails; raise the
  // floor when the method gets better, never lower it.
  const PRECISION_BAR = 0.95;
  const RECALL_FLOOR = 0.85;

  it(`holds precision ${PRECISION_BAR} at the app threshold, and recall at its floor of ${RECALL_FLOOR}`, () => {
    const figures = evaluate(pairs);
    report('labelled pairs', pairs, figures);
    expect(figures.precision).toBeGreaterThanOrEqual(PRECISION_BAR);
    expect(figures.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  // Printed, not asserted: a held-out set that the method was made to pass would no longer be held out.
  it.each([
    ['held-out pairs', 'heldout-pairs.json'],
    ['fresh held-out pairs', 'fresh-heldout-pairs.json'],
    ['third held-out pairs', 'heldout-3-pairs.json'],
  ])('reports the %s, never used for tuning', (name, file) => {
    const heldOut = load(file);
    const figures = evaluate(heldOut);
    report(name, heldOut, figures);
    expect(figures.tp + figures.fn).toBe(heldOut.filter((p) => p.label === 'same').length);
  });
});
