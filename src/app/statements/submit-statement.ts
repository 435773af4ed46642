import { canWrite, phaseAt } from '../../domain/conversation/schedule.js';
import { DomainError } from '../../domain/errors.js';
import { isLang, type Lang } from '../../domain/languages.js';
import type { Statement } from '../../domain/statement/statement.js';
import { cleanStatementText, duplicateKey } from '../../domain/statement/text.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { assertNotBanned, participantFor } from '../participants/join-conversation.js';
import type { AppDeps, SimilarityIndexes } from '../ports.js';
import { holdForReview } from './hold-for-review.js';

export interface SubmitStatementInput {
  slug: string;
  participantKey: string;
  text: unknown;
  lang: unknown;
}

/**
 * A participant's new statement: pending until a moderator publishes it (pre-moderation), or
 * published at once (post-moderation) unless the pre-screen raises any flag (it may name a person,
 * insult someone, stray off topic or repeat a statement), in which case it waits for a moderator.
 * An exact duplicate of a live statement, after folding case, spacing and punctuation, is refused
 * with the id of the statement it repeats.
 */
export async function submitStatement(
  deps: AppDeps & { similarity: SimilarityIndexes },
  input: SubmitStatementInput,
): Promise<Statement> {
  const conversation = await requireConversation(deps.store, input.slug);
  const phase = phaseAt(conversation.schedule, deps.clock.now(), conversation.closedManually);
  if (!canWrite(phase)) {
    if (phase === 'draft') throw new DomainError('conversation_closed', 'The conversation is not open yet');
    throw new DomainError('statements_closed', 'New statements are no longer taken in this conversation');
  }
  if (!conversation.settings.participantsMayWrite) {
    throw new DomainError('writing_disabled', 'This conversation does not take statements from participants');
  }
  if (!isLang(input.lang) || !conversation.languages.includes(input.lang)) {
    throw new DomainError('invalid_language', `The conversation is held in ${conversation.languages.join(', ')}`);
  }
  const lang: Lang = input.lang;
  if (typeof input.text !== 'string') throw new DomainError('validation_failed', 'The text must be a string');
  const text = cleanStatementText(input.text, conversation.settings.statementMaxLength);
  const key = duplicateKey(text);
  // Screened before the transaction: the similarity index reads the store on its own.
  const held =
    conversation.settings.moderation === 'pre' || (await holdForReview(deps.similarity, conversation, text, lang));

  return deps.store.transaction(async (store) => {
    const existing = await store.statements.findLiveByDuplicateKey(conversation.id, key);
    if (existing) {
      throw new DomainError('duplicate_statement', 'The same statement is already in the conversation', {
        statementId: existing.id,
      });
    }
    const participant = await participantFor({ ...deps, store }, conversation, input.participantKey);
    assertNotBanned(participant);
    const statement: Statement = {
      id: deps.ids.newId(),
      conversationId: conversation.id,
      lang,
      text,
      status: held ? 'pending' : 'published',
      isSeed: false,
      isMeta: false,
      authorParticipantId: participant.id,
      rejectionReason: null,
      rejectionNote: null,
      duplicateOf: null,
      createdAt: deps.clock.now(),
      decidedAt: null,
      translations: {},
    };
    await store.statements.create({ ...statement, duplicateKey: key, authorUserId: null });
    return statement;
  });
}
