/**
 * Reads a Pol.is math fixture directory (the red-dwarf test format): `votes.json`, `comments.json`,
 * `conversation.json` and `math-pca2.json`, the Pol.is math result for exactly those votes.
 *
 * Vote sign: Pol.is stores agree as −1 internally and its math output (PCA centre and components) is
 * in that raw sign, so the PCA values are flipped here. The sign of `votes.json` is not taken on
 * trust: it is checked against the agree / disagree counts in comments.json (in the fixtures we have,
 * votes.json already uses agree = +1) and flipped only when the counts say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIds, parseModeration, parseVoteValue } from './read-export.js';
import type { PolisConversation, PolisStatement, PolisVoteEvent } from './types.js';

type Json = Record<string, unknown>;

/** The parts of Pol.is's math output the comparisons use, with ids as strings and agree = +1. */
export interface PolisMathOutput {
  /** Statement ids of the PCA columns. */
  tids: string[];
  pca: { center: number[]; comps: [number[], number[]] };
  inConv: string[];
  modOut: string[];
  metaTids: string[];
  baseClusters: { id: number; members: string[]; x: number; y: number }[];
  /** Groups with their participants (resolved through the base clusters). */
  groups: { id: number; participants: string[]; centre: [number, number] }[];
  repness: Record<string, { statementId: string; direction: 'agree' | 'disagree'; bestAgree: boolean }[]>;
  consensus: { agree: string[]; disagree: string[] };
  groupAwareConsensus: Record<string, number>;
  commentPriorities: Record<string, number>;
}

export interface PolisMathFixture {
  conversation: PolisConversation;
  math: PolisMathOutput;
  /** −1 when votes.json was found in the raw Pol.is sign and flipped. */
  voteSign: 1 | -1;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const pick = (o: Json, ...keys: string[]): unknown => keys.map((k) => o[k]).find((v) => v !== undefined && v !== null);
const str = (v: unknown): string => String(v);

function parseTime(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  if (Number.isFinite(n)) return n;
  const t = Date.parse(String(v));
  return Number.isFinite(t) ? t : null;
}

/** +1 when votes.json's tallies match comments.json's agree counts as they are, −1 when flipped. */
export function detectVoteSign(rows: Json[], comments: Json[]): 1 | -1 {
  const plus = new Map<string, number>(), minus = new Map<string, number>();
  for (const r of rows) {
    const t = str(pick(r, 'tid', 'statement_id')), v = Number(r.vote);
    if (v === 1) plus.set(t, (plus.get(t) ?? 0) + 1);
    if (v === -1) minus.set(t, (minus.get(t) ?? 0) + 1);
  }
  let asIs = 0, flipped = 0;
  for (const c of comments) {
    const t = str(pick(c, 'tid', 'statement_id'));
    const agree = Number(c.agree_count), disagree = Number(c.disagree_count);
    if (!Number.isFinite(agree) || !Number.isFinite(disagree)) continue;
    const p = plus.get(t) ?? 0, m = minus.get(t) ?? 0;
    if (p === agree && m === disagree) asIs++;
    if (m === agree && p === disagree) flipped++;
  }
  return flipped > asIs ? -1 : 1;
}

export function readPolisMathFixture(dir: string): PolisMathFixture {
  const rows = readJson(join(dir, 'votes.json')) as Json[];
  const comments = readJson(join(dir, 'comments.json')) as Json[];
  const conv = readJson(join(dir, 'conversation.json')) as Json;
  const raw = readJson(join(dir, 'math-pca2.json')) as Json;
  const voteSign = detectVoteSign(rows, comments);

  const statements: PolisStatement[] = comments
    .map((c) => ({
      id: str(pick(c, 'tid', 'statement_id')),
      text: str(c.txt ?? ''),
      moderation: parseModeration(pick(c, 'mod', 'moderated') as number),
      isMeta: c.is_meta === true,
      isSeed: c.is_seed === true,
      authorId: pick(c, 'pid', 'participant_id') === undefined ? null : str(pick(c, 'pid', 'participant_id')),
      createdAt: parseTime(c.created),
    }))
    .sort((a, b) => compareIds(a.id, b.id));
  const votes: PolisVoteEvent[] = rows.map((r) => ({
    participantId: str(pick(r, 'pid', 'participant_id')),
    statementId: str(pick(r, 'tid', 'statement_id')),
    value: parseVoteValue(Number(r.vote) * voteSign),
    timestamp: parseTime(r.modified),
  }));
  const conversation: PolisConversation = {
    statements, votes, participants: null, groups: null,
    strictModeration: typeof conv.strict_moderation === 'boolean' ? conv.strict_moderation : null,
  };
  return { conversation, math: readMathOutput(raw), voteSign };
}

/** Pol.is's math-pca2.json in neutral terms (PCA flipped to agree = +1). */
export function readMathOutput(raw: Json): PolisMathOutput {
  const ids = (v: unknown) => (v as unknown[]).map(str);
  const pca = raw.pca as { center: number[]; comps: number[][] };
  const flip = (a: number[]) => a.map((v) => -v + 0);
  const bc = raw['base-clusters'] as { id: number[]; members: number[][]; x: number[]; y: number[] };
  const baseClusters = bc.id.map((id, i) => ({ id, members: bc.members[i]!.map(str), x: bc.x[i]!, y: bc.y[i]! }));
  const byBase = new Map(baseClusters.map((b) => [b.id, b.members]));
  const groups = (raw['group-clusters'] as { id: number; members: number[]; center: [number, number] }[]).map((g) => ({
    id: g.id, participants: g.members.flatMap((b) => byBase.get(b) ?? []), centre: g.center,
  }));
  const repness: PolisMathOutput['repness'] = {};
  for (const [g, list] of Object.entries(raw.repness as Record<string, Json[]>)) {
    repness[g] = list.map((r) => ({
      statementId: str(r.tid), direction: r['repful-for'] === 'disagree' ? 'disagree' : 'agree', bestAgree: r['best-agree'] === true,
    }));
  }
  const cons = raw.consensus as { agree: Json[]; disagree: Json[] };
  const numbers = (o: unknown) => Object.fromEntries(Object.entries(o as Record<string, number>));
  return {
    tids: ids(raw.tids),
    pca: { center: flip(pca.center), comps: [flip(pca.comps[0]!), flip(pca.comps[1]!)] },
    inConv: ids(raw['in-conv']),
    modOut: ids(raw['mod-out']),
    metaTids: ids(raw['meta-tids']),
    baseClusters,
    groups,
    repness,
    consensus: { agree: cons.agree.map((r) => str(r.tid)), disagree: cons.disagree.map((r) => str(r.tid)) },
    groupAwareConsensus: numbers(raw['group-aware-consensus']),
    commentPriorities: numbers(raw['comment-priorities']),
  };
}
