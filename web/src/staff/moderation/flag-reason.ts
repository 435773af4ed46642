import type { Flag, Nearest } from './types';

export interface QuickRejection {
  reason: Flag['rule'];
  /** For a duplicate: the statement it repeats. */
  duplicateOf?: string;
}

/**
 * The one-action rejections the flags of a statement offer, one per rule, in flag order. A
 * duplicate needs the statement it repeats: the flag's own, else the nearest statement; without
 * either there is no one-action rejection for it.
 */
export function quickRejections(flags: readonly Flag[], nearest: readonly Nearest[]): QuickRejection[] {
  const out: QuickRejection[] = [];
  for (const flag of flags) {
    const reason = flag.rule;
    if (out.some((q) => q.reason === reason)) continue;
    if (reason === 'duplicate') {
      const duplicateOf = flag.statementId ?? nearest[0]?.statementId;
      if (duplicateOf) out.push({ reason, duplicateOf });
    } else out.push({ reason });
  }
  return out;
}
