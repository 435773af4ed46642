import type { Static } from 'typebox';
import type { Statement } from '../../domain/statement/statement.js';
import { voteWord } from '../../domain/vote/vote.js';
import type { StoredVote } from '../../app/ports.js';
import type { StatementSchema } from '../schemas/statement.js';
import type { VoteSchema } from '../schemas/vote.js';
import { iso } from './time.js';

export function presentStatement(s: Statement): Static<typeof StatementSchema> {
  return {
    id: s.id,
    lang: s.lang,
    text: s.text,
    translations: s.translations as Record<string, string>,
    isSeed: s.isSeed,
    createdAt: iso(s.createdAt),
  };
}

export function presentVote(v: StoredVote): Static<typeof VoteSchema> {
  return { statementId: v.statementId, value: voteWord(v.value), votedAt: iso(v.createdAt) };
}

export function presentStaffStatement(s: Statement) {
  return {
    ...presentStatement(s),
    status: s.status,
    rejectionReason: s.rejectionReason,
    rejectionNote: s.rejectionNote,
    duplicateOf: s.duplicateOf,
    decidedAt: s.decidedAt === null ? null : iso(s.decidedAt),
    authorParticipantId: s.authorParticipantId,
  };
}
