import { DomainError } from '../../domain/errors.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';

/**
 * Bans a participant who floods the conversation. Their votes leave the math (the math host reads
 * the banned list), they can vote and write no more, and their statements still waiting in the
 * queue are rejected (reason "other", with the ban as note) so that the queue is clear again.
 * Their published statements stay: each can be withdrawn on its own merits. Banning twice changes
 * nothing.
 */
export async function banParticipant(
  deps: AppDeps,
  input: { slug: string; participantId: string; reason: string | null; actor: User | null },
): Promise<{ rejectedStatements: number }> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  const reason = input.reason?.normalize('NFC').trim().slice(0, 500) || null;
  return deps.store.transaction(async (store) => {
    const participant = await store.participants.findById(conversation.id, input.participantId);
    if (!participant) throw new DomainError('participant_not_found', 'No such participant in this conversation');
    if (participant.bannedAt !== null) return { rejectedStatements: 0 };
    const now = deps.clock.now();
    await store.participants.ban(participant.id, now);
    const note = reason ? `Author banned: ${reason}` : 'Author banned';
    const pending = (await store.statements.list(conversation.id, ['pending'])).filter((s) => s.authorParticipantId === participant.id);
    const log = (statementId: string | null, action: string, details: Record<string, unknown>) =>
      store.audit.append({ conversationId: conversation.id, statementId, actorUserId: actor.id, action, oldText: null, newText: null, details, createdAt: now });
    for (const s of pending) {
      await store.statements.setDecision(s.id, {
        status: 'rejected',
        rejectionReason: 'other',
        rejectionNote: note,
        duplicateOf: null,
        decidedAt: now,
        decidedBy: actor.id,
      });
      await log(s.id, 'reject', { from: 'pending', to: 'rejected', reason: 'other', note, ban: true });
    }
    await log(null, 'ban', { participantId: participant.id, rejectedStatements: pending.length, ...(reason ? { reason } : {}) });
    return { rejectedStatements: pending.length };
  });
}
