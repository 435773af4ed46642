import type { Lang } from './lang.js';

export type { Lang } from './lang.js';

/** Only statements that participants or moderators may see are indexed; rejected ones are removed. */
export type SimilarityStatus = 'published' | 'pending';

/** A value now, or later: an implementation backed by a model may need to wait for it. */
export type Awaitable<T> = T | Promise<T>;

/** One text of a statement: its original, or a moderator's translation into another language. */
export interface StatementText {
  readonly lang: Lang;
  readonly text: string;
}

export interface SimilarityDocument extends StatementText {
  readonly statementId: string;
  /** Applies to the whole statement, whichever of its texts is given. */
  readonly status: SimilarityStatus;
}

export interface SimilarityQuery {
  readonly text: string;
  readonly lang: Lang;
  /** At most this many statements; default 5. */
  readonly limit?: number;
  /** Statuses to search; default published only (what participants see). Moderators add pending. */
  readonly statuses?: readonly SimilarityStatus[];
  /** Leave out this statement, e.g. the pending statement whose neighbours a moderator looks at. */
  readonly excludeStatementId?: string;
  /** Leave out statements scoring below this; default: anything above 0. */
  readonly minScore?: number;
}

/** A statement near the query, through the best-matching of its texts. */
export interface SimilarStatement {
  readonly statementId: string;
  /** The statement's text (original or translation) that matched best, and its language. */
  readonly text: string;
  readonly lang: Lang;
  /** 0…1; compare with `sameMeaningThreshold`. */
  readonly score: number;
}

/**
 * Finds the statements of one conversation that mean about the same as a text, across languages
 * through moderators' translations. Kept up to date statement by statement: no rebuild.
 */
export interface StatementSimilarity {
  /** Scores at or above this mean "same meaning" for this implementation. */
  readonly sameMeaningThreshold: number;
  /** Adds or replaces the statement's text in `doc.lang` (there is one text per language). */
  upsertText(doc: SimilarityDocument): Awaitable<void>;
  /** Sets all texts of a statement at once; its texts in languages not listed are dropped. */
  upsertStatement(statementId: string, status: SimilarityStatus, texts: readonly StatementText[]): Awaitable<void>;
  /** No-op for an unknown statement. */
  setStatus(statementId: string, status: SimilarityStatus): Awaitable<void>;
  /** Drops one text; a statement left without texts is dropped. */
  removeText(statementId: string, lang: Lang): Awaitable<void>;
  removeStatement(statementId: string): Awaitable<void>;
  /** Statements sorted by score, highest first, one entry per statement. */
  query(query: SimilarityQuery): Awaitable<SimilarStatement[]>;
}
