/**
 * A Pol.is conversation as input to the opinion math. Moderated-out statements are the rejected ones,
 * the meta ones, and with strict moderation also the unmoderated ones.
 */
import { VoteMatrix } from '../../domain/math/matrix.js';
import type { MathInput } from '../../domain/math/types.js';
import type { PolisConversation } from './types.js';

export interface ToMathInputOptions {
  /** Treat unmoderated statements as moderated out; defaults to the export's setting, else false. */
  strict?: boolean;
}

export function toMathInput(conv: PolisConversation, options: ToMathInputOptions = {}): MathInput {
  const strict = options.strict ?? conv.strictModeration ?? false;
  const votes = new VoteMatrix();
  votes.reserve(conv.votes.length);
  const timed = conv.votes.every((v) => v.timestamp !== null);
  for (const v of conv.votes) votes.add(v.participantId, v.statementId, v.value, timed ? v.timestamp! : undefined);
  const modOut = conv.statements
    .filter((s) => (s.moderation === 'rejected' || (strict && s.moderation === 'unmoderated')))
    .map((s) => s.id);
  return {
    votes,
    statements: conv.statements.map((s) => s.id),
    // Without vote times the export's participant order is the join order.
    participants: timed ? undefined : (conv.participants ?? undefined),
    modOut,
    meta: conv.statements.filter((s) => s.isMeta).map((s) => s.id),
    seed: conv.statements.filter((s) => s.isSeed).map((s) => s.id),
  };
}
