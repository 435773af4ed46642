/** A Pol.is conversation read from disk, in neutral terms (agree = +1, disagree = −1, pass = 0). */

/** Pol.is's `moderated` column: −1 rejected, 0 not yet moderated, 1 accepted. */
export type PolisModeration = 'rejected' | 'unmoderated' | 'accepted';

export interface PolisStatement {
  /** Pol.is comment id (tid), as a string. */
  id: string;
  text: string;
  moderation: PolisModeration;
  isMeta: boolean;
  isSeed: boolean;
  /** Pol.is participant id of the author, when known. */
  authorId: string | null;
  /** Epoch milliseconds, when known. */
  createdAt: number | null;
}

export interface PolisVoteEvent {
  participantId: string;
  statementId: string;
  value: -1 | 0 | 1;
  /** Epoch milliseconds; null when the export has only the final vote matrix. */
  timestamp: number | null;
}

export interface PolisConversation {
  /** Statements in comment-id order (creation order). */
  statements: PolisStatement[];
  /** Vote events in the order of the file (time order for votes.csv). */
  votes: PolisVoteEvent[];
  /** Participants in the export's order, when the export lists them (participant-votes.csv). */
  participants: string[] | null;
  /** Each clustered participant's Pol.is group id, when the export has them. */
  groups: Map<string, string> | null;
  /** Whether unmoderated statements were hidden (Pol.is "strict moderation"), when known. */
  strictModeration: boolean | null;
}
