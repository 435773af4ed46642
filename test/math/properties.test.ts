/**
 * Property tests: ids are opaque, so renaming participants or statements changes nothing but the
 * names; nor does the order in which votes arrive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMath, VoteMatrix, type MathResult } from '../../src/domain/math/index.js';

interface Conversation {
  participants: number;
  statements: number;
  /** [participant, statement, value], in time order (time = position). */
  votes: [number, number, -1 | 0 | 1][];
}

const conversation: fc.Arbitrary<Conversation> = fc
  .record({ participants: fc.integer({ min: 2, max: 40 }), statements: fc.integer({ min: 2, max: 10 }) })
  .chain(({ participants, statements }) =>
    fc.record({
      participants: fc.constant(participants),
      statements: fc.constant(statements),
      votes: fc.array(
        fc.tuple(fc.integer({ min: 0, max: participants - 1 }), fc.integer({ min: 0, max: statements - 1 }), fc.constantFrom<-1 | 0 | 1>(-1, 0, 1)),
        { minLength: 1, maxLength: 250 },
      ),
    }));

function compute(c: Conversation, pName: (i: number) => string, sName: (j: number) => string, order: number[]): MathResult {
  const votes = new VoteMatrix();
  for (const k of order) {
    const [p, s, v] = c.votes[k]!;
    votes.add(pName(p), sName(s), v, k);
  }
  const statements = Array.from({ length: c.statements }, (_, j) => sName(j));
  return computeMath({ votes, statements, modOut: [sName(c.statements - 1)], seed: [sName(0)] }, { params: { baseClusterCount: 8 } }).result;
}

/** Replaces every string of a JSON value through `rename`. */
function renameAll(value: unknown, rename: (s: string) => string): unknown {
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value)) return value.map((v) => renameAll(v, rename));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameAll(v, rename)]));
  return value;
}

const identity = (c: Conversation) => c.votes.map((_, k) => k);

describe('properties', () => {
  it('relabelling participants and statements changes only the names', () => {
    fc.assert(
      fc.property(conversation, fc.integer(), (c, salt) => {
        const plain = compute(c, (i) => `p${i}`, (j) => `s${j}`, identity(c));
        const scramble = (tag: string, i: number) => `${tag}:${((i * 7919 + salt) >>> 0).toString(36)}-${i}`;
        const renamed = compute(c, (i) => scramble('P', i), (j) => scramble('S', j), identity(c));
        const back = renameAll({ ...renamed, timingsMs: {} }, (s) => {
          const m = /^([PS]):[0-9a-z]+-(\d+)$/.exec(s);
          return m ? `${m[1] === 'P' ? 'p' : 's'}${m[2]}` : s;
        });
        expect(JSON.stringify(back)).toBe(JSON.stringify({ ...plain, timingsMs: {} }));
      }),
      { numRuns: 40 },
    );
  });

  it('the order in which votes arrive changes nothing', () => {
    fc.assert(
      fc.property(conversation.chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(identity(c), { minLength: c.votes.length }))), ([c, order]) => {
        const a = compute(c, (i) => `p${i}`, (j) => `s${j}`, identity(c));
        const b = compute(c, (i) => `p${i}`, (j) => `s${j}`, order);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });
});
