import type { AuditEntry, StaffStatement } from './types';

const DECISION_ACTIONS = new Set(['publish', 'reject', 'withdraw']);

export interface DecisionInfo {
  at: string | null;
  by: string | null;
}

/**
 * Who decided each statement and when: the statement's own fields when the API gives them,
 * else its latest publish, reject or withdraw entry in the audit log.
 */
export function decisionInfo(statements: readonly StaffStatement[], audit: readonly AuditEntry[]): Map<string, DecisionInfo> {
  const latest = new Map<string, AuditEntry>();
  for (const entry of audit) {
    if (!entry.statementId || !DECISION_ACTIONS.has(entry.action)) continue;
    const seen = latest.get(entry.statementId);
    if (!seen || Date.parse(entry.at) >= Date.parse(seen.at)) latest.set(entry.statementId, entry);
  }
  return new Map(
    statements.map((s) => {
      const entry = latest.get(s.id);
      return [s.id, { at: s.decidedAt ?? entry?.at ?? null, by: s.decidedByName ?? entry?.actorName ?? null }];
    }),
  );
}
