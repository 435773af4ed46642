import type { Lang } from '../languages.js';

export type ModerationMode = 'pre' | 'post';
export type ResultsVisibility = 'during' | 'after' | 'staff_only';

export interface SegmentQuestion {
  question: Partial<Record<Lang, string>>;
  options: { id: string; label: Partial<Record<Lang, string>> }[];
}

export interface ConversationSettings {
  /** pre: nothing is shown before a moderator approves it; post: shown at once, moderated after. */
  moderation: ModerationMode;
  /** Maximum statement length in characters (Unicode code points after NFC). */
  statementMaxLength: number;
  participantsMayWrite: boolean;
  resultsVisibility: ResultsVisibility;
  segmentQuestion: SegmentQuestion | null;
  /** Brand colour as #rrggbb, or null for Sopu's own. */
  accentColor: string | null;
}

export const DEFAULT_STATEMENT_MAX_LENGTH = 200;

export const DEFAULT_SETTINGS: ConversationSettings = {
  moderation: 'pre',
  statementMaxLength: DEFAULT_STATEMENT_MAX_LENGTH,
  participantsMayWrite: true,
  resultsVisibility: 'during',
  segmentQuestion: null,
  accentColor: null,
};

export function withDefaults(partial: Partial<ConversationSettings> | undefined): ConversationSettings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
