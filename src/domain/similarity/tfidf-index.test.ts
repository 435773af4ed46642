import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from './lang.js';
import type { SimilarityQuery, SimilarityStatus, StatementText } from './port.js';
import { describeStatementSimilarity } from './similarity.contract.js';
import { TfIdfSimilarityIndex } from './tfidf-index.js';

describeStatementSimilarity('TfIdfSimilarityIndex', () => new TfIdfSimilarityIndex());

const TEXTS: readonly StatementText[] = [
  { lang: 'fi', text: 'Keskustaan pitää rakentaa lisää pyöräteitä.' },
  { lang: 'fi', text: 'Keskustassa tarvitaan enemmän pyöräteitä.' },
  { lang: 'fi', text: 'Kaupungin ei pidä lisätä pyöräteitä.' },
  { lang: 'fi', text: 'Kirjastojen aukioloaikoja pitää pidentää.' },
  { lang: 'fi', text: 'Osallistuvabudjetointi on hyvä tapa ottaa asukkaat mukaan.' },
  { lang: 'sv', text: 'Staden ska bygga fler cykelvägar i centrum.' },
  { lang: 'sv', text: 'Biblioteken borde vara öppna längre på kvällarna.' },
  { lang: 'sv', text: 'Kommunalskatten får inte höjas.' },
  { lang: 'en', text: 'The city should build more cycle lanes.' },
  { lang: 'en', text: 'Libraries should stay open longer in the evening.' },
  { lang: 'en', text: 'Raise the participatory budget.' },
  { lang: 'en', text: 'Public transport should be free for pensioners.' },
];
const QUERIES: readonly SimilarityQuery[] = TEXTS.map((t) => ({ ...t, limit: 100, statuses: ['published', 'pending'] }));

type Op =
  | { kind: 'upsert'; id: number; lang: Lang; text: number; status: SimilarityStatus }
  | { kind: 'removeText'; id: number; lang: Lang }
  | { kind: 'removeStatement'; id: number };

const LANG = fc.constantFrom<Lang>('fi', 'sv', 'en');
const OP: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('upsert' as const), id: fc.nat(7), lang: LANG, text: fc.nat(TEXTS.length - 1), status: fc.constantFrom<SimilarityStatus>('published', 'pending') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeText' as const), id: fc.nat(7), lang: LANG }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeStatement' as const), id: fc.nat(7) }) },
);

/** Applies the operations to an index, and tracks the resulting statements to rebuild from. */
function apply(ops: readonly Op[]) {
  const index = new TfIdfSimilarityIndex();
  const state = new Map<string, { status: SimilarityStatus; texts: Map<Lang, string> }>();
  for (const op of ops) {
    const id = `s${op.id}`;
    if (op.kind === 'upsert') {
      const text = TEXTS[op.text]!.text;
      index.upsertText({ statementId: id, lang: op.lang, text, status: op.status });
      const entry = state.get(id) ?? { status: op.status, texts: new Map() };
      entry.status = op.status;
      entry.texts.set(op.lang, text);
      state.set(id, entry);
    } else if (op.kind === 'removeText') {
      index.removeText(id, op.lang);
      state.get(id)?.texts.delete(op.lang);
      if (state.get(id)?.texts.size === 0) state.delete(id);
    } else {
      index.removeStatement(id);
      state.delete(id);
    }
  }
  return { index, state };
}

function rebuild(state: ReturnType<typeof apply>['state']): TfIdfSimilarityIndex {
  const index = new TfIdfSimilarityIndex();
  for (const [id, { status, texts }] of state) {
    index.upsertStatement(id, status, [...texts].map(([lang, text]) => ({ lang, text })));
  }
  return index;
}

function expectSameResults(a: TfIdfSimilarityIndex, b: TfIdfSimilarityIndex): void {
  expect(a.size).toBe(b.size);
  expect(a.textCount).toBe(b.textCount);
  for (const q of QUERIES) {
    const x = a.query(q);
    const y = b.query(q);
    expect(x.map((r) => r.statementId).sort()).toEqual(y.map((r) => r.statementId).sort());
    const byId = new Map(y.map((r) => [r.statementId, r]));
    for (const r of x) {
      expect(r.score).toBeCloseTo(byId.get(r.statementId)!.score, 10);
      expect(r.text).toBe(byId.get(r.statementId)!.text);
    }
  }
}

describe('TfIdfSimilarityIndex, incremental updates', () => {
  it('scores after adds, edits, translations and removals as an index built from scratch', () => {
    const ops: Op[] = [
      ...TEXTS.map((t, i) => ({ kind: 'upsert' as const, id: i % 8, lang: t.lang, text: i, status: 'published' as const })),
      { kind: 'upsert', id: 1, lang: 'sv', text: 5, status: 'pending' },
      { kind: 'removeText', id: 2, lang: 'fi' },
      { kind: 'upsert', id: 3, lang: 'en', text: 9, status: 'published' },
      { kind: 'removeStatement', id: 4 },
      { kind: 'upsert', id: 0, lang: 'fi', text: 1, status: 'published' },
    ];
    const { index, state } = apply(ops);
    expectSameResults(index, rebuild(state));
  });

  it('scores as a rebuild after any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(OP, { minLength: 1, maxLength: 40 }), (ops) => {
        const { index, state } = apply(ops);
        expectSameResults(index, rebuild(state));
      }),
      { numRuns: 60 },
    );
  });

  it('forgets everything when every statement is removed', () => {
    const { index } = apply(TEXTS.map((t, i) => ({ kind: 'upsert' as const, id: i, lang: t.lang, text: i, status: 'published' as const })));
    for (let i = 0; i < TEXTS.length; i++) index.removeStatement(`s${i}`);
    expect(index.size).toBe(0);
    expect(index.textCount).toBe(0);
    expect(index.query(QUERIES[0]!)).toEqual([]);
  });

  it('rejects an unsupported language', () => {
    const index = new TfIdfSimilarityIndex();
    expect(() => index.upsertText({ statementId: 'x', lang: 'de' as Lang, text: 'Mehr Radwege', status: 'published' })).toThrow(/language/);
    expect(() => index.query({ text: 'Mehr Radwege', lang: 'de' as Lang })).toThrow(/language/);
  });
});
