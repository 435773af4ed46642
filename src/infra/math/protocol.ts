import type { MathResult } from '../../domain/math/index.js';

/** Votes cross the thread boundary as parallel arrays, not one object per vote. */
export interface VoteBatch {
  participants: string[];
  statements: string[];
  values: Int8Array;
  times: Float64Array;
}

/** What the math needs to know about a conversation besides its votes. */
export interface ConversationFacts {
  /** Every statement id, in creation order. */
  statements: string[];
  modOut: string[];
  meta: string[];
  seed: string[];
  banned: string[];
}

export type ToWorker =
  | { type: 'votes'; conversationId: string; batch: VoteBatch }
  | { type: 'compute'; conversationId: string; facts: ConversationFacts; forceK: number | null }
  | { type: 'forget'; conversationId: string };

export type FromWorker =
  | { type: 'result'; conversationId: string; result: MathResult; voters: number; computeMs: number }
  | { type: 'error'; conversationId: string; message: string };
