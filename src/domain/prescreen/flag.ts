import type { RejectionReason } from '../statement/statement.js';

/** The public rules the pre-screen looks for; each is also the reason a moderator rejects with. */
export type PrescreenRule = Extract<RejectionReason, 'names_person' | 'offensive' | 'off_topic' | 'duplicate'>;

/** Which check raised a flag: the queue can show it, and the app can act on some kinds at once. */
export type FlagKind =
  | 'personal_identity_code'
  | 'email'
  | 'phone'
  | 'street_address'
  | 'handle'
  | 'personal_name'
  | 'title_with_name'
  | 'insult'
  | 'profanity'
  | 'group_slur'
  | 'shouting'
  | 'off_topic'
  | 'duplicate';

/** A short explanation for the moderator in each language of the interface. */
export interface LocalisedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

/** UTF-16 offsets into the statement text, `end` exclusive: what `text.slice(start, end)` takes. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A hint that a statement may break a rule; a moderator decides. */
export interface Flag {
  readonly rule: PrescreenRule;
  readonly kind: FlagKind;
  readonly reason: LocalisedText;
  /** The part of the text that triggered the flag; null when the flag is about the whole text's topic. */
  readonly span: TextSpan | null;
  /** For a duplicate: the statement it repeats. */
  readonly statementId?: string;
  /** For a duplicate or off-topic flag: the similarity score behind it, 0…1. */
  readonly score?: number;
}

/** Flags in reading order: by span start (topic flags last), then rule and kind. */
export function sortFlags(flags: Flag[]): Flag[] {
  return flags.sort(
    (a, b) =>
      (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) ||
      (a.span?.end ?? 0) - (b.span?.end ?? 0) ||
      a.rule.localeCompare(b.rule) ||
      a.kind.localeCompare(b.kind),
  );
}

/** Whether two spans share at least one character. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
