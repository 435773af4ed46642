import type { Flag, Nearest, RejectionReason } from './types';

const NAMES_PERSON = new Set(['personal_identity_code', 'email', 'phone', 'street_address', 'handle', 'personal_name', 'title_with_name']);
const OFFENSIVE = new Set(['insult', 'profanity', 'group_slur', 'shouting']);

/**
 * The rejection reason a flag points at: rule 1 → names_person, rule 2 → offensive, rule 3 →
 * off_topic or duplicate by what was found. Null when the flag names no rule we know.
 */
export function reasonForFlag(flag: Pick<Flag, 'rule' | 'kind'>): Exclude<RejectionReason, 'false_claim' | 'other'> | null {
  const rule = String(flag.rule);
  if (rule === 'names_person' || rule === 'offensive' || rule === 'off_topic' || rule === 'duplicate') return rule;
  if (rule === '1' || NAMES_PERSON.has(flag.kind)) return 'names_person';
  if (rule === '2' || OFFENSIVE.has(flag.kind)) return 'offensive';
  if (flag.kind === 'duplicate') return 'duplicate';
  if (rule === '3' || flag.kind === 'off_topic') return 'off_topic';
  return null;
}

export interface QuickRejection {
  reason: Exclude<RejectionReason, 'false_claim' | 'other'>;
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
    const reason = reasonForFlag(flag);
    if (!reason || out.some((q) => q.reason === reason)) continue;
    if (reason === 'duplicate') {
      const duplicateOf = flag.statementId ?? nearest[0]?.statementId;
      if (duplicateOf) out.push({ reason, duplicateOf });
    } else out.push({ reason });
  }
  return out;
}
