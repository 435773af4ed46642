/**
 * Reads a Pol.is conversation export directory: `comments.csv` (either header variant), vote events
 * from `votes.csv`, and the participant matrix `participant-votes.csv` (newer name) or
 * `participants-votes.csv` (older), which also holds each participant's Pol.is group. When there is
 * no votes.csv, the votes come from the matrix, without times.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PolisConversation, PolisModeration, PolisStatement, PolisVoteEvent } from './types.js';

function readCsv(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
}

function records(path: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(path);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

export function parseModeration(raw: string | number | null | undefined): PolisModeration {
  const n = Number(raw);
  return n < 0 ? 'rejected' : n > 0 ? 'accepted' : 'unmoderated';
}

export function parseVoteValue(raw: string | number): -1 | 0 | 1 {
  const n = Number(raw);
  if (n === 1 || n === -1 || n === 0) return n;
  throw new Error(`not a Pol.is vote value: ${String(raw)}`);
}

const truthy = (v: string | undefined) => v === 'true' || v === 't' || v === '1' || v === 'TRUE';

/** Compares ids numerically when both are numbers (Pol.is ids), otherwise as text. */
export function compareIds(a: string, b: string): number {
  const x = Number(a), y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readComments(path: string): PolisStatement[] {
  return records(path)
    .map((r) => ({
      id: r['comment-id']!,
      text: r['comment-body'] ?? '',
      moderation: parseModeration(r['moderated']),
      isMeta: truthy(r['is-meta']),
      isSeed: truthy(r['is-seed']),
      authorId: r['author-id'] || null,
      createdAt: r['timestamp'] ? Number(r['timestamp']) : null,
    }))
    .sort((a, b) => compareIds(a.id, b.id));
}

export function readVoteEvents(path: string): PolisVoteEvent[] {
  return records(path).map((r) => ({
    participantId: r['voter-id']!,
    statementId: r['comment-id']!,
    value: parseVoteValue(r['vote']!),
    timestamp: r['timestamp'] ? Number(r['timestamp']) : null,
  }));
}

const MATRIX_FIXED = new Set(['participant', 'xid', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree']);

/** The participant × comment matrix: participants in file order, their groups, and their votes. */
export function readParticipantMatrix(path: string): { participants: string[]; groups: Map<string, string>; votes: PolisVoteEvent[] } {
  const [header, ...rows] = readCsv(path);
  if (!header) return { participants: [], groups: new Map(), votes: [] };
  const pCol = header.indexOf('participant'), gCol = header.indexOf('group-id');
  const commentCols = header.map((h, i) => [h, i] as const).filter(([h]) => !MATRIX_FIXED.has(h));
  const participants: string[] = [], votes: PolisVoteEvent[] = [];
  const groups = new Map<string, string>();
  for (const row of rows) {
    const participantId = row[pCol]!;
    participants.push(participantId);
    const g = gCol >= 0 ? row[gCol] : '';
    if (g !== undefined && g !== '') groups.set(participantId, g);
    for (const [statementId, i] of commentCols) {
      const v = row[i];
      if (v !== undefined && v !== '') votes.push({ participantId, statementId, value: parseVoteValue(v), timestamp: null });
    }
  }
  return { participants, groups, votes };
}

export function readPolisExport(dir: string): PolisConversation {
  const commentsPath = join(dir, 'comments.csv');
  if (!existsSync(commentsPath)) throw new Error(`no comments.csv in ${dir}`);
  const statements = readComments(commentsPath);
  const matrixPath = ['participant-votes.csv', 'participants-votes.csv'].map((f) => join(dir, f)).find((p) => existsSync(p));
  const matrix = matrixPath ? readParticipantMatrix(matrixPath) : null;
  const votesPath = join(dir, 'votes.csv');
  if (existsSync(votesPath)) {
    return { statements, votes: readVoteEvents(votesPath), participants: null, groups: matrix?.groups ?? null, strictModeration: null };
  }
  if (!matrix) throw new Error(`no votes.csv nor participant-votes.csv in ${dir}`);
  return { statements, votes: matrix.votes, participants: matrix.participants, groups: matrix.groups, strictModeration: null };
}
