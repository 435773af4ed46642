import type { ConversationExport } from '../../app/export/conversation-export.js';
import { datetime } from './csv.js';

export const MATH_FORMAT = 'sopu-math/1';

/**
 * `math.json`: the latest math snapshot, with participants named by their export numbers (the
 * `participant` column of participant-votes.csv) instead of Sopu's internal ids; statements keep
 * their Sopu ids, which comments.csv maps to comment ids in `sopu-statement-id`. Null when the
 * math has not run yet.
 */
export function mathJson(exp: ConversationExport): string | null {
  const snap = exp.snapshot;
  if (!snap) return null;
  const number = (id: unknown) => (typeof id === 'string' ? exp.participantNumber(id) : null);
  const numbers = (ids: unknown) => (Array.isArray(ids) ? ids.map(number) : ids);
  const r = (snap.result ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = { ...r };
  if ('participantIds' in r) result.participantIds = numbers(r.participantIds);
  if ('inConv' in r) result.inConv = numbers(r.inConv);
  if (Array.isArray(r.groups)) {
    result.groups = r.groups.map((g: unknown) => (g && typeof g === 'object' && 'members' in g ? { ...g, members: numbers(g.members) } : g));
  }
  return JSON.stringify({
    format: MATH_FORMAT,
    conversation: exp.conversation.slug,
    version: snap.version,
    computedAt: datetime(snap.createdAt),
    votes: snap.votes,
    participants: snap.participants,
    statements: snap.statements,
    params: snap.params,
    result,
  });
}
